#include "curses_config.h"

#include <string.h>

struct vb_captured_strings vb_captured;
static int vb_alternate_screen;
static int vb_colors;

static void vb_capture(char *dest, const char *capname) {
    char *value = tigetstr((char *)capname);
    dest[0] = '\0';
    /* tigetstr answers NULL (absent) or (char *)-1 (not a string capability). */
    if (value == NULL || value == (char *)-1) return;
    size_t length = strlen(value);
    if (length >= VB_CAPTURED_MAX) return;
    memcpy(dest, value, length + 1);
}

int vb_term_probe(const char *term, int fd) {
    int status = 0;
    /* setupterm with a status pointer reports problems instead of exiting like initscr does. */
    if (setupterm((char *)term, fd, &status) != OK) {
        return status == -1 ? VB_TERM_NO_DATABASE : VB_TERM_UNKNOWN;
    }
    char *cup = tigetstr("cup");
    int addressable = !(cup == NULL || cup == (char *)-1);
    vb_capture(vb_captured.rmcup, "rmcup");
    vb_capture(vb_captured.cnorm, "cnorm");
    vb_capture(vb_captured.sgr0, "sgr0");
    vb_capture(vb_captured.rmkx, "rmkx");
    vb_capture(vb_captured.clear, "clear");
    vb_alternate_screen = vb_captured.rmcup[0] != '\0';
    vb_colors = tigetnum("colors");
    del_curterm(cur_term);
    return addressable ? VB_TERM_OK : VB_TERM_NO_CURSOR_ADDRESSING;
}

int vb_term_has_alternate_screen(void) { return vb_alternate_screen; }

int vb_term_color_count(void) { return vb_colors; }
