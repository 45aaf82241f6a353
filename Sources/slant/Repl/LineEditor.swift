@preconcurrency import CEditLine
import Glibc

/// What one call to `LineEditor.read(prompt:)` produced.
enum LineRead: Equatable {
    /// A line the user entered, without its final newline (it may hold newlines when the user
    /// recalled a multi-line history entry).
    case line(String)
    /// Ctrl-C: the line being typed is abandoned.
    case interrupted
    /// Ctrl-D on an empty line, or the terminal went away.
    case endOfInput
}

/// An interactive line editor on libedit's native API: emacs key bindings, a history list that
/// Up/Down walk, a prompt that may carry colour, and Tab bound to Slant's own completion.
///
/// libedit's callbacks are C function pointers that cannot capture, so they find this object
/// again through libedit's "client data" pointer. Everything runs on the main thread.
final class LineEditor {
    private let editLine: OpaquePointer
    private let historyList: OpaquePointer
    /// The prompt libedit draws; owned here, replaced on every `read`.
    private var promptBytes: UnsafeMutablePointer<CChar>
    private let output: TerminalOutput
    /// Answers Tab: given the text left of the cursor, what could come next.
    var completer: ((String) -> CompletionResult)?

    /// Opens the editor on standard input and output, or returns nil if libedit cannot start.
    init?(programName: String, output: TerminalOutput) {
        guard let input = fdopen(STDIN_FILENO, "r"),
              let screen = fdopen(STDOUT_FILENO, "w"),
              let errors = fdopen(STDERR_FILENO, "w"),
              let editLine = el_init(programName, input, screen, errors),
              let historyList = history_init()
        else { return nil }
        self.editLine = editLine
        self.historyList = historyList
        self.output = output
        self.promptBytes = makeCString("")

        slant_history_set_size(historyList, Int32(HistoryStore.maximumEntries))
        slant_el_set_history(editLine, historyList)
        slant_el_set_editor(editLine, "emacs")
        // Slant handles SIGINT itself (see InterruptSignal): libedit's handler would re-raise
        // the signal to the whole process group.
        slant_el_set_signal(editLine, 0)
        slant_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        slant_el_set_prompt(editLine, promptCallback, PromptStyle.ignoreMarker)
        slant_el_set_read_char(editLine, readCharacterCallback)
        slant_el_add_function(editLine, "slant-complete", "Complete the word at the cursor",
                              completeCallback)
        slant_el_bind(editLine, "^I", "slant-complete")
        slant_el_bind(editLine, "^R", "em-inc-search-prev")
        // The user's ~/.editrc (or $EDITRC) may rebind keys; it is read last so it wins.
        el_source(editLine, nil)
    }

    deinit {
        el_end(editLine)
        history_end(historyList)
        promptBytes.deallocate()
    }

    /// Shows `prompt`, lets the user edit a line, and returns it.
    func read(prompt: String) -> LineRead {
        promptBytes.deallocate()
        promptBytes = makeCString(prompt)
        // Without libedit's signal handling nobody tracks SIGWINCH: re-read the size each time.
        el_resize(editLine)
        _ = InterruptSignal.take()
        // Raw mode before the prompt is drawn: keys typed as soon as it shows reach the editor.
        slant_el_prepare_terminal(editLine, 1)
        var count: Int32 = 0
        let text = el_gets(editLine, &count)
        if InterruptSignal.take() {
            output.write("\n")
            return .interrupted
        }
        guard let text, count > 0 else { return .endOfInput }
        var line = String(cString: text)
        if line.hasSuffix("\n") { line.removeLast() }
        return .line(line)
    }

    /// Adds one entry to the in-memory history list (Up arrow recalls it).
    func addHistory(_ entry: String) {
        slant_history_enter(historyList, entry)
    }

    /// Replaces the in-memory history list with `entries`, oldest first.
    func replaceHistory(with entries: [String]) {
        slant_history_clear(historyList)
        for entry in entries { slant_history_enter(historyList, entry) }
    }

    /// Runs the completer for the text left of the cursor and edits the line accordingly.
    fileprivate func completeAtCursor() -> UInt8 {
        guard let completer, let info = el_line(editLine) else { return UInt8(CC_ERROR) }
        let start = UnsafeRawPointer(info.pointee.buffer)
        let cursor = UnsafeRawPointer(info.pointee.cursor)
        guard let start, let cursor else { return UInt8(CC_ERROR) }
        let beforeCursor = String(decoding: UnsafeRawBufferPointer(start: start, count: cursor - start),
                                  as: UTF8.self)
        let result = completer(beforeCursor)
        switch result.action {
        case .none:
            return UInt8(CC_REFRESH_BEEP)
        case .insert(let replacement):
            // el_deletestr counts characters (wide chars), not bytes.
            let wordLength = result.word.unicodeScalars.count
            if wordLength > 0 { el_deletestr(editLine, Int32(wordLength)) }
            el_insertstr(editLine, replacement)
            return UInt8(CC_REFRESH)
        case .list(let candidates):
            let width = TerminalOutput.columns(of: STDOUT_FILENO) ?? 80
            output.write("\n" + CompletionListing.columns(candidates, width: width))
            return UInt8(CC_REDISPLAY)
        }
    }

    fileprivate var currentPrompt: UnsafeMutablePointer<CChar> { promptBytes }
}

/// libedit asks for the prompt through a C function pointer that cannot capture state.
private let promptCallback: slant_prompt_fn = { editLine in
    guard let editLine, let data = slant_el_get_clientdata(editLine) else { return emptyPrompt }
    return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue().currentPrompt
}

/// Tab lands here, then in `LineEditor.completeAtCursor`.
private let completeCallback: slant_command_fn = { editLine, _ in
    guard let editLine, let data = slant_el_get_clientdata(editLine) else { return UInt8(CC_ERROR) }
    return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue().completeAtCursor()
}

/// Reads one character from standard input for libedit: bytes through `mbrtowc` (the locale is
/// UTF-8, see LocaleSetup). It waits in `poll()` on the terminal and on InterruptSignal's wake
/// pipe, so Ctrl-C fails the read and `el_gets` returns, whenever the signal lands. (libedit's own
/// reader retries an interrupted read once, which would swallow a Ctrl-C.)
/// Returns 1 with a character, 0 at end of input, -1 on Ctrl-C or an error.
private let readCharacterCallback: slant_read_char_fn = { _, character in
    guard let character else { return -1 }
    var state = mbstate_t()
    while true {
        if InterruptSignal.isPending {
            errno = EINTR
            return -1
        }
        var watched = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: InterruptSignal.wakeDescriptor, events: Int16(POLLIN), revents: 0)]
        let ready = poll(&watched, nfds_t(watched.count), -1)
        // A Ctrl-C followed at once by more keys can make poll() report the keys instead of
        // EINTR; the handler has run by now, so look at the flag before taking any key.
        if InterruptSignal.isPending { continue }
        if ready < 0 {
            if errno == EINTR { continue }
            return -1
        }
        if watched[1].revents != 0 {
            InterruptSignal.drainWakePipe()  // the flag, checked above, says what happened
            continue
        }
        guard watched[0].revents != 0 else { continue }
        var byte = CChar(0)
        let count = read(STDIN_FILENO, &byte, 1)
        if count == 0 { return 0 }
        if count < 0 {
            if errno == EINTR || errno == EAGAIN { continue }
            return -1
        }
        var decoded: wchar_t = 0
        let result = mbrtowc(&decoded, &byte, 1, &state)
        if result == incompleteCharacter { continue }  // the middle of a multi-byte character
        if result == invalidCharacter {
            state = mbstate_t()  // not valid in this encoding: drop it, as libedit does
            continue
        }
        character.pointee = decoded
        return 1
    }
}

/// mbrtowc's "(size_t)-2" and "(size_t)-1" results (Swift imports size_t as Int).
private let incompleteCharacter = -2
private let invalidCharacter = -1

/// A prompt for the (never expected) case where the callback cannot find its editor.
nonisolated(unsafe) private let emptyPrompt = makeCString("> ")

/// A NUL-terminated copy of `text` that libedit may keep a pointer to; free with `deallocate()`.
private func makeCString(_ text: String) -> UnsafeMutablePointer<CChar> {
    let bytes = text.utf8CString
    let pointer = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count)
    _ = UnsafeMutableBufferPointer(start: pointer, count: bytes.count).initialize(from: bytes)
    return pointer
}
