#include "CNcursesw.h"
int vb_curses_placeholder(void) { return 0; }
