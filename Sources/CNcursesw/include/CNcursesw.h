#ifndef CNCURSESW_H
#define CNCURSESW_H
/* The only header Swift sees of ncurses; filled in by the terminal layer. */
int vb_curses_placeholder(void);
#endif
