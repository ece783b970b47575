#ifndef VB_CURSES_CONFIG_H
#define VB_CURSES_CONFIG_H

/*
 * Included first by every .c file of this target. SwiftPM drops pkg-config's
 * -D_XOPEN_SOURCE=600, so without these the wide API (get_wch, waddnwstr, cchar_t) is missing
 * and we would silently fall back to narrow, byte-counting curses.
 */
#define _GNU_SOURCE 1
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1

#include <ncursesw/curses.h>
#include <ncursesw/term.h>

#include "CNcursesw.h"

/* Terminal strings captured by vb_term_probe for the async-signal-safe restore in guard.c. */
#define VB_CAPTURED_MAX 128
struct vb_captured_strings {
    char rmcup[VB_CAPTURED_MAX];   /* leave the alternate screen */
    char cnorm[VB_CAPTURED_MAX];   /* show the cursor */
    char sgr0[VB_CAPTURED_MAX];    /* attributes and colours off */
    char rmkx[VB_CAPTURED_MAX];    /* keypad back to normal mode */
    char clear[VB_CAPTURED_MAX];   /* clear the screen, when there is no alternate screen */
};
extern struct vb_captured_strings vb_captured;

#endif
