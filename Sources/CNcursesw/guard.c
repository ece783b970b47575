#include "curses_config.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <termios.h>
#include <unistd.h>

/* Everything a signal handler touches is static and written before the handlers exist. */
static volatile sig_atomic_t vb_pending_signal;
static volatile sig_atomic_t vb_restored;
static volatile sig_atomic_t vb_mouse_on;
static int vb_tty_fd = -1;
static int vb_have_modes;
static struct termios vb_saved_modes;
static int vb_stderr_original = -1;
static int vb_stderr_capture = -1;
static int vb_installed;

static const int vb_polite_signals[] = {SIGINT, SIGTERM, SIGHUP};
static const int vb_fatal_signals[] = {SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE};
#define VB_COUNT(array) ((int)(sizeof(array) / sizeof((array)[0])))
static struct sigaction vb_previous[NSIG];

/* A stack overflow raises SIGSEGV with no stack left: the handler needs its own. */
static char vb_alternate_stack[64 * 1024];

static void vb_write_all(int fd, const char *bytes, size_t length) {
    while (length > 0) {
        ssize_t written = write(fd, bytes, length);
        if (written < 0) {
            if (errno == EINTR) continue;
            return;
        }
        bytes += written;
        length -= (size_t)written;
    }
}

static void vb_write_string(int fd, const char *text) { vb_write_all(fd, text, strlen(text)); }

/* Puts stderr back and copies what was captured to it; async-signal-safe. */
static void vb_replay_stderr(void) {
    if (vb_stderr_capture < 0) return;
    dup2(vb_stderr_original, STDERR_FILENO);
    lseek(vb_stderr_capture, 0, SEEK_SET);
    char buffer[4096];
    ssize_t count;
    while ((count = read(vb_stderr_capture, buffer, sizeof buffer)) > 0) {
        vb_write_all(STDERR_FILENO, buffer, (size_t)count);
    }
    close(vb_stderr_capture);
    close(vb_stderr_original);
    vb_stderr_capture = -1;
    vb_stderr_original = -1;
}

/* Undoes what the screen did to the terminal using only async-signal-safe calls. */
static void vb_emergency_restore(void) {
    if (vb_restored) return;
    vb_restored = 1;
    int fd = vb_tty_fd;
    if (fd >= 0) {
        vb_write_string(fd, vb_captured.sgr0);
        if (vb_mouse_on) vb_write_string(fd, "\033[?1006l\033[?1002l\033[?1000l");
        vb_write_string(fd, vb_captured.rmkx);
        vb_write_string(fd, vb_captured.cnorm);
        if (vb_captured.rmcup[0] != '\0') {
            vb_write_string(fd, vb_captured.rmcup);
        } else {
            vb_write_string(fd, vb_captured.clear);
        }
        if (vb_have_modes) tcsetattr(fd, TCSANOW, &vb_saved_modes);
    }
    vb_replay_stderr();
}

static void vb_on_polite_signal(int signal_number) {
    if (vb_pending_signal != 0) {
        /* The loop never took the first one: it is stuck, so stop the hard way. */
        vb_emergency_restore();
        signal(signal_number, SIG_DFL);
        raise(signal_number);
        return;
    }
    vb_pending_signal = signal_number;
}

static void vb_on_fatal_signal(int signal_number, siginfo_t *info, void *context) {
    (void)info;
    (void)context;
    vb_emergency_restore();
    /* Hand the signal to whoever had it before (SIG_DFL, or Swift's backtracer), so the crash
     * report still prints. It stays blocked until this handler returns, then is delivered. */
    sigaction(signal_number, &vb_previous[signal_number], NULL);
    if (vb_previous[signal_number].sa_handler == SIG_IGN) signal(signal_number, SIG_DFL);
    raise(signal_number);
}

static void vb_capture_stderr(void) {
    if (!isatty(STDERR_FILENO)) return;
    int capture = memfd_create("village-board-stderr", MFD_CLOEXEC);
    if (capture < 0) return;
    int original = dup(STDERR_FILENO);
    if (original < 0 || dup2(capture, STDERR_FILENO) < 0) {
        close(capture);
        if (original >= 0) close(original);
        return;
    }
    vb_stderr_capture = capture;
    vb_stderr_original = original;
}

int vb_guard_install(int fd, int capture_stderr) {
    if (vb_installed) return -1;
    vb_tty_fd = fd;
    vb_have_modes = tcgetattr(fd, &vb_saved_modes) == 0;
    vb_pending_signal = 0;
    vb_restored = 0;
    vb_mouse_on = 0;

    stack_t current;
    if (sigaltstack(NULL, &current) == 0 && (current.ss_flags & SS_DISABLE)) {
        stack_t stack = {.ss_sp = vb_alternate_stack, .ss_size = sizeof vb_alternate_stack, .ss_flags = 0};
        sigaltstack(&stack, NULL);
    }

    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    /* No SA_RESTART: a blocking read returns so the loop sees the flag at once. */
    action.sa_handler = vb_on_polite_signal;
    for (int i = 0; i < VB_COUNT(vb_polite_signals); i++) {
        sigaction(vb_polite_signals[i], &action, &vb_previous[vb_polite_signals[i]]);
    }
    memset(&action, 0, sizeof action);
    sigfillset(&action.sa_mask);
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    action.sa_sigaction = vb_on_fatal_signal;
    for (int i = 0; i < VB_COUNT(vb_fatal_signals); i++) {
        sigaction(vb_fatal_signals[i], &action, &vb_previous[vb_fatal_signals[i]]);
    }
    if (capture_stderr) vb_capture_stderr();
    vb_installed = 1;
    return 0;
}

void vb_guard_remove(void) {
    if (!vb_installed) return;
    for (int i = 0; i < VB_COUNT(vb_polite_signals); i++) {
        sigaction(vb_polite_signals[i], &vb_previous[vb_polite_signals[i]], NULL);
    }
    for (int i = 0; i < VB_COUNT(vb_fatal_signals); i++) {
        sigaction(vb_fatal_signals[i], &vb_previous[vb_fatal_signals[i]], NULL);
    }
    if (vb_have_modes && vb_tty_fd >= 0) tcsetattr(vb_tty_fd, TCSADRAIN, &vb_saved_modes);
    vb_replay_stderr();
    vb_installed = 0;
    vb_tty_fd = -1;
}

int vb_guard_take_signal(void) {
    int signal_number = vb_pending_signal;
    vb_pending_signal = 0;
    return signal_number;
}

void vb_guard_mouse_enabled(int enabled) { vb_mouse_on = enabled ? 1 : 0; }
