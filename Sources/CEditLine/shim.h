// The parts of libedit (BSD editline) that Slant's REPL uses.
//
// libedit's native configuration calls, el_set / el_get and history(), are C variadic functions,
// which Swift cannot call. Each use gets a small fixed-signature wrapper here instead; everything
// else (el_init, el_gets, el_line, el_insertstr, el_deletestr, el_resize, el_end) is imported as is.
#ifndef SLANT_CEDITLINE_SHIM_H
#define SLANT_CEDITLINE_SHIM_H

#include <stdio.h>
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <fcntl.h>
#include <histedit.h>

/// The prompt callback libedit calls before drawing a line.
typedef char *(*slant_prompt_fn)(EditLine *);
/// An editor command bound to a key; returns one of the CC_* codes.
typedef unsigned char (*slant_command_fn)(EditLine *, int);

/// Sets the prompt function; `ignore` brackets invisible runs (colour escapes) in the prompt.
static inline int slant_el_set_prompt(EditLine *el, slant_prompt_fn fn, char ignore) {
    return el_set(el, EL_PROMPT_ESC, fn, ignore);
}

/// Selects "emacs" or "vi" key bindings.
static inline int slant_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}

/// Turns libedit's own signal handling on or off (Slant handles SIGINT itself).
static inline int slant_el_set_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}

/// Connects a history list, so Up/Down and searches walk it.
static inline int slant_el_set_history(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}

/// Stores an opaque pointer that callbacks can read back with slant_el_get_clientdata.
static inline int slant_el_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}

/// The pointer stored by slant_el_set_clientdata, or NULL.
static inline void *slant_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}

/// Registers a named editor command.
static inline int slant_el_add_function(EditLine *el, const char *name, const char *help,
                                        slant_command_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}

/// Binds a key sequence ("^I", "\\e[A", ...) to a named editor command.
static inline int slant_el_bind(EditLine *el, const char *key, const char *command) {
    return el_set(el, EL_BIND, key, command, (const char *)NULL);
}

/// The function libedit calls to read one character from the terminal.
typedef int (*slant_read_char_fn)(EditLine *, wchar_t *);

/// Replaces libedit's character reader. (Its own reader retries a read() interrupted by a
/// signal once, so a single Ctrl-C would be swallowed; Slant's reader gives up on SIGINT.)
static inline int slant_el_set_read_char(EditLine *el, slant_read_char_fn fn) {
    return el_set(el, EL_GETCFN, fn);
}

/// Puts the terminal in the editor's raw mode now (1), or back (0). el_gets otherwise switches
/// only at its first read, after drawing the prompt, and a Ctrl-D typed in between is eaten by
/// the terminal's line discipline as canonical-mode end-of-file.
static inline int slant_el_prepare_terminal(EditLine *el, int raw) {
    return el_set(el, EL_PREP_TERM, raw);
}

/// Limits the number of entries the history list keeps.
static inline int slant_history_set_size(History *h, int size) {
    HistEvent ev;
    return history(h, &ev, H_SETSIZE, size);
}

/// Appends one entry (which may contain newlines) to the history list.
static inline int slant_history_enter(History *h, const char *line) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, line);
}

/// Empties the history list.
static inline int slant_history_clear(History *h) {
    HistEvent ev;
    return history(h, &ev, H_CLEAR);
}

/// The terminal's width in columns for file descriptor `fd`, or 0 when it is not a terminal.
static inline int slant_terminal_columns(int fd) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0) return 0;
    return (int)ws.ws_col;
}

/// The name of the character encoding the current C locale uses ("UTF-8", "ANSI_X3.4-1968", ...).
static inline const char *slant_locale_codeset(void) {
    return nl_langinfo(CODESET);
}

/// Installs `handler` for SIGINT *without* SA_RESTART, so a blocking read() inside el_gets fails
/// with EINTR and the line editor hands control back. Returns 0 on success.
/// (struct sigaction's handler is a union member, awkward to set from Swift.)
static inline int slant_install_sigint_handler(void (*handler)(int)) {
    struct sigaction action;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    action.sa_handler = handler;
    if (sigaction(SIGINT, &action, NULL) != 0) return -1;
    // A parent may have started us with SIGINT blocked; Ctrl-C must get through.
    sigset_t interrupt;
    sigemptyset(&interrupt);
    sigaddset(&interrupt, SIGINT);
    return sigprocmask(SIG_UNBLOCK, &interrupt, NULL);
}

/// Creates a pipe whose two ends are non-blocking and close-on-exec (the self-pipe that lets a
/// signal handler wake a poll()). Returns 0 on success.
static inline int slant_make_wake_pipe(int ends[2]) {
    if (pipe(ends) != 0) return -1;
    for (int i = 0; i < 2; i++) {
        int flags = fcntl(ends[i], F_GETFL);
        if (flags < 0 || fcntl(ends[i], F_SETFL, flags | O_NONBLOCK) != 0) return -1;
        if (fcntl(ends[i], F_SETFD, FD_CLOEXEC) != 0) return -1;
    }
    return 0;
}

#endif
