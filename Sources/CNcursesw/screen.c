#include "curses_config.h"

#include <stdio.h>
#include <termios.h>
#include <unistd.h>

static SCREEN *vb_screen;

/* Turn off XON/XOFF so Ctrl-S and Ctrl-Q reach the program as keys instead of freezing output. */
static void vb_disable_flow_control(void) {
    struct termios modes;
    int fd = fileno(stdout);
    if (tcgetattr(fd, &modes) != 0) return;
    modes.c_iflag &= ~(tcflag_t)(IXON | IXOFF);
    tcsetattr(fd, TCSANOW, &modes);
}

int vb_screen_open(const char *term, int escape_delay_ms) {
    /* newterm, unlike initscr, returns NULL on an unknown terminal instead of exiting. */
    vb_screen = newterm((char *)term, stdout, stdin);
    if (vb_screen == NULL) return -1;
    set_term(vb_screen);
    /* cbreak keeps ISIG: Ctrl-C raises SIGINT, which the guard turns into a polled flag. */
    cbreak();
    noecho();
    nonl();
    intrflush(stdscr, FALSE);
    keypad(stdscr, TRUE);
    meta(stdscr, TRUE);
    leaveok(stdscr, FALSE);
    set_escdelay(escape_delay_ms);
    vb_disable_flow_control();
    def_prog_mode();
    curs_set(0);
    return 0;
}

void vb_screen_close(int erase_first) {
    if (vb_screen == NULL) return;
    if (erase_first) {
        /* Without an alternate screen the last frame would otherwise stay behind the prompt. */
        wattr_set(stdscr, A_NORMAL, 0, NULL);
        werase(stdscr);
        wmove(stdscr, 0, 0);
        wrefresh(stdscr);
    }
    curs_set(1);
    endwin();
    delscreen(vb_screen);
    vb_screen = NULL;
}

int vb_screen_lines(void) { return vb_screen ? getmaxy(stdscr) : 0; }

int vb_screen_columns(void) { return vb_screen ? getmaxx(stdscr) : 0; }

void vb_screen_invalidate(void) {
    if (vb_screen) clearok(curscr, TRUE);
}

void vb_screen_suspend(void) {
    if (vb_screen == NULL) return;
    def_prog_mode();
    curs_set(1);
    endwin();
}

void vb_screen_resume(void) {
    if (vb_screen == NULL) return;
    reset_prog_mode();
    vb_disable_flow_control();
    curs_set(0);
    clearok(curscr, TRUE);
    wrefresh(stdscr);
}

void vb_screen_flush(void) {
    if (vb_screen == NULL) return;
    wnoutrefresh(stdscr);
    doupdate();
}

int vb_color_start(int *default_colors) {
    *default_colors = 0;
    if (vb_screen == NULL || !has_colors()) return 0;
    if (start_color() != OK) return 0;
    *default_colors = use_default_colors() == OK;
    return COLORS;
}

int vb_color_pair_count(void) { return vb_screen ? COLOR_PAIRS : 0; }

int vb_color_pair_define(int pair, int foreground, int background) {
    return init_extended_pair(pair, foreground, background) == OK ? 0 : -1;
}

static attr_t vb_attributes(int flags) {
    attr_t result = A_NORMAL;
    if (flags & VB_ATTR_BOLD) result |= A_BOLD;
    if (flags & VB_ATTR_DIM) result |= A_DIM;
    if (flags & VB_ATTR_ITALIC) result |= A_ITALIC;
    if (flags & VB_ATTR_UNDERLINE) result |= A_UNDERLINE;
    if (flags & VB_ATTR_REVERSE) result |= A_REVERSE;
    if (flags & VB_ATTR_BLINK) result |= A_BLINK;
    if (flags & VB_ATTR_STANDOUT) result |= A_STANDOUT;
    return result;
}

int vb_draw_text(int y, int x, const int32_t *codepoints, int count, int attributes, int pair) {
    if (vb_screen == NULL || count <= 0) return 0;
    wchar_t buffer[256];
    int pair_number = pair;
    /* The int pair goes through opts so pairs above 32767 (extended colours) work. */
    wattr_set(stdscr, vb_attributes(attributes), 0, &pair_number);
    wmove(stdscr, y, x);
    int result = OK;
    for (int start = 0; start < count; start += 255) {
        int n = count - start < 255 ? count - start : 255;
        for (int i = 0; i < n; i++) buffer[i] = (wchar_t)codepoints[start + i];
        buffer[n] = 0;
        /* Errors at the bottom-right corner are expected (the cursor cannot advance); ignore. */
        if (waddnwstr(stdscr, buffer, n) != OK) result = ERR;
    }
    return result == OK ? 0 : -1;
}

void vb_draw_cursor(int visible, int y, int x) {
    if (vb_screen == NULL) return;
    if (visible) {
        wmove(stdscr, y, x);
        curs_set(1);
    } else {
        curs_set(0);
    }
}
