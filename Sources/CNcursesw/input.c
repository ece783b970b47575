#include "curses_config.h"

static int32_t vb_key_code(wint_t key) {
    if (key >= KEY_F(1) && key <= KEY_F(63)) return VB_KEY_FUNCTION_BASE + (int32_t)(key - KEY_F0);
    switch (key) {
    case KEY_UP: return VB_KEY_UP;
    case KEY_DOWN: return VB_KEY_DOWN;
    case KEY_LEFT: return VB_KEY_LEFT;
    case KEY_RIGHT: return VB_KEY_RIGHT;
    /* vt100-style keypads and screen report Home/End/PgUp/PgDn under these names. */
    case KEY_HOME: case KEY_A1: case KEY_FIND: return VB_KEY_HOME;
    case KEY_END: case KEY_C1: case KEY_SELECT: return VB_KEY_END;
    case KEY_PPAGE: case KEY_A3: return VB_KEY_PAGE_UP;
    case KEY_NPAGE: case KEY_C3: return VB_KEY_PAGE_DOWN;
    case KEY_ENTER: return VB_KEY_ENTER;
    case KEY_BACKSPACE: return VB_KEY_BACKSPACE;
    case KEY_DC: return VB_KEY_DELETE;
    case KEY_IC: return VB_KEY_INSERT;
    case KEY_BTAB: return VB_KEY_BACK_TAB;
    case KEY_RESIZE: return VB_KEY_RESIZE;
    case KEY_MOUSE: return VB_KEY_MOUSE;
    default: return VB_KEY_UNKNOWN;
    }
}

int vb_input_read(int timeout_ms, int32_t *value) {
    wint_t ch = 0;
    wtimeout(stdscr, timeout_ms);
    int result = wget_wch(stdscr, &ch);
    if (result == KEY_CODE_YES) {
        *value = vb_key_code(ch);
        return VB_INPUT_KEY;
    }
    if (result == OK) {
        *value = (int32_t)ch;
        return VB_INPUT_CHAR;
    }
    return VB_INPUT_NONE;
}

int vb_input_mouse(int enabled) {
    mmask_t wanted = enabled
        ? (BUTTON1_PRESSED | BUTTON2_PRESSED | BUTTON3_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED)
        : 0;
    mmask_t granted = mousemask(wanted, NULL);
    /* Presses only, reported at once: no click-resolution delay on every button. */
    mouseinterval(0);
    return enabled && granted != 0;
}

int vb_input_mouse_event(int *x, int *y, int *button) {
    MEVENT event;
    if (getmouse(&event) != OK) return -1;
    *x = event.x;
    *y = event.y;
    mmask_t state = event.bstate;
    if (state & BUTTON1_PRESSED) *button = VB_MOUSE_LEFT;
    else if (state & BUTTON2_PRESSED) *button = VB_MOUSE_MIDDLE;
    else if (state & BUTTON3_PRESSED) *button = VB_MOUSE_RIGHT;
    else if (state & BUTTON4_PRESSED) *button = VB_MOUSE_WHEEL_UP;
    else if (state & BUTTON5_PRESSED) *button = VB_MOUSE_WHEEL_DOWN;
    else if (state & (BUTTON1_RELEASED | BUTTON2_RELEASED | BUTTON3_RELEASED)) *button = VB_MOUSE_RELEASE;
    else *button = VB_MOUSE_OTHER;
    return 0;
}
