#include "curses_config.h"

#include <wchar.h>

int vb_wcwidth(int32_t codepoint) { return wcwidth((wchar_t)codepoint); }
