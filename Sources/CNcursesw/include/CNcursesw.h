#ifndef CNCURSESW_H
#define CNCURSESW_H

/*
 * The only header Swift sees of ncurses.
 *
 * Only plain C types and enum constants cross this boundary: Swift cannot import curses'
 * function-like macros (COLOR_PAIR, getmaxyx, KEY_F, A_*, ACS_*, mouse masks), and Swift 6
 * rejects curses' mutable globals (stdscr, COLORS). The ncurses headers, with
 * NCURSES_WIDECHAR defined so the wide API is used, are included only by curses_config.h,
 * which every .c file of this target (screen.c, input.c, term_probe.c, guard.c) includes first.
 *
 * Every vb_screen_* / vb_draw_* / vb_input_* function must be called from one thread.
 */

#include <stdint.h>

/* ---- Terminal description (terminfo), read before the screen is opened ---- */

enum {
    VB_TERM_OK = 0,
    VB_TERM_UNKNOWN = 1,              /* no terminfo entry for $TERM */
    VB_TERM_NO_DATABASE = 2,          /* the terminfo database itself is missing */
    VB_TERM_NO_CURSOR_ADDRESSING = 3  /* e.g. TERM=dumb: cannot place text anywhere */
};

/* Looks $TERM up in terminfo and remembers the strings an emergency restore needs. */
int vb_term_probe(const char *term, int fd);
/* 1 when the terminal has an alternate screen (smcup/rmcup); valid after vb_term_probe. */
int vb_term_has_alternate_screen(void);
/* Colours the terminfo entry claims (0 or -1 when none); valid after vb_term_probe. */
int vb_term_color_count(void);

/* ---- Screen lifecycle ---- */

/* newterm on stdout/stdin with cbreak, noecho, nonl, keypad, no flow control, short ESCDELAY. */
int vb_screen_open(const char *term, int escape_delay_ms);
/* Ends the screen; erase_first clears it first for terminals without an alternate screen. */
void vb_screen_close(int erase_first);
int vb_screen_lines(void);
int vb_screen_columns(void);
/* The next flush repaints every cell (after a resize the terminal's contents are unknown). */
void vb_screen_invalidate(void);
/* Copies the virtual screen to the terminal: one doupdate. */
void vb_screen_flush(void);
/* Gives the terminal back to the shell for a while (another program runs in it): endwin, the program's modes kept. */
void vb_screen_suspend(void);
/* Takes the terminal again after vb_screen_suspend: the program's modes back, every cell repainted at the next flush. */
void vb_screen_resume(void);

/* ---- Colours ---- */

/* start_color (+ use_default_colors when possible); returns the colour count, 0 if none.
 * *default_colors is set to 1 when -1 may be used for the terminal's own colours. */
int vb_color_start(int *default_colors);
int vb_color_pair_count(void);
/* Defines pair number `pair` (>= 1); -1 means the terminal's default colour. */
int vb_color_pair_define(int pair, int foreground, int background);

/* ---- Drawing ---- */

enum {
    VB_ATTR_BOLD = 1 << 0,
    VB_ATTR_DIM = 1 << 1,
    VB_ATTR_ITALIC = 1 << 2,
    VB_ATTR_UNDERLINE = 1 << 3,
    VB_ATTR_REVERSE = 1 << 4,
    VB_ATTR_BLINK = 1 << 5,
    VB_ATTR_STANDOUT = 1 << 6
};

/* Writes `count` code points at (y, x) with VB_ATTR_* flags and colour pair `pair` (0 = none). */
int vb_draw_text(int y, int x, const int32_t *codepoints, int count, int attributes, int pair);
/* Shows the real cursor at (y, x), or hides it when visible is 0. */
void vb_draw_cursor(int visible, int y, int x);

/* ---- Input ---- */

enum {
    VB_INPUT_NONE = 0,  /* timeout, or interrupted by a signal */
    VB_INPUT_CHAR = 1,  /* value is a Unicode code point (control characters included) */
    VB_INPUT_KEY = 2    /* value is one of VB_KEY_* */
};

enum {
    VB_KEY_UNKNOWN = 0,
    VB_KEY_UP, VB_KEY_DOWN, VB_KEY_LEFT, VB_KEY_RIGHT,
    VB_KEY_HOME, VB_KEY_END, VB_KEY_PAGE_UP, VB_KEY_PAGE_DOWN,
    VB_KEY_ENTER, VB_KEY_BACKSPACE, VB_KEY_DELETE, VB_KEY_INSERT, VB_KEY_BACK_TAB,
    VB_KEY_RESIZE, VB_KEY_MOUSE,
    VB_KEY_FUNCTION_BASE = 100  /* F(n) is VB_KEY_FUNCTION_BASE + n */
};

/* Waits up to timeout_ms (-1: forever, 0: poll) for one key or character. */
int vb_input_read(int timeout_ms, int32_t *value);
/* Turns mouse reporting on or off; returns 1 when the terminal reports clicks. */
int vb_input_mouse(int enabled);

enum {
    VB_MOUSE_OTHER = 0,
    VB_MOUSE_LEFT = 1, VB_MOUSE_MIDDLE = 2, VB_MOUSE_RIGHT = 3,
    VB_MOUSE_WHEEL_UP = 4, VB_MOUSE_WHEEL_DOWN = 5,
    VB_MOUSE_RELEASE = 6
};
/* Reads the mouse event behind a VB_KEY_MOUSE; returns 0 on success. */
int vb_input_mouse_event(int *x, int *y, int *button);

/* ---- Signals and the emergency restore ---- */

/*
 * Saves the terminal modes of `fd`, then installs handlers: SIGINT, SIGTERM and SIGHUP only
 * record the signal for the event loop (a second one while the first is still pending restores
 * the terminal and ends the process, so a stuck loop can always be interrupted); SIGILL,
 * SIGTRAP, SIGABRT, SIGSEGV, SIGBUS and SIGFPE (what a Swift runtime trap raises) restore the
 * terminal with async-signal-safe calls, then re-raise to the previous handler.
 * When capture_stderr is set and fd 2 is a terminal, stderr goes to a memory file until
 * vb_guard_remove (or a crash), then is replayed, so messages neither scribble over the screen
 * nor vanish with the alternate screen.
 */
int vb_guard_install(int fd, int capture_stderr);
/* Removes the handlers, restores the saved terminal modes and replays captured stderr. */
void vb_guard_remove(void);
/* Returns and clears the pending SIGINT/SIGTERM/SIGHUP number, or 0. */
int vb_guard_take_signal(void);
/* Tells the emergency restore whether mouse reporting must be switched off. */
void vb_guard_mouse_enabled(int enabled);

#endif
