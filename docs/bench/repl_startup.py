#!/usr/bin/env python3
"""Time from launching `slant` (no arguments) in a pseudo-terminal to its first `slant>` prompt.

Usage:
    swift build -c release --product slant
    python3 docs/bench/repl_startup.py .build/release/slant [RUNS]

Each run starts the binary in a fresh pty with a fresh HOME (so no history file), waits until
the prompt text appears on the terminal, then sends Ctrl-D. Prints the median, minimum and
maximum over RUNS runs (default 30), after one untimed warm-up run.
"""
import os
import pty
import select
import statistics
import sys
import tempfile
import time


def time_to_prompt(binary: str) -> float:
    home = tempfile.mkdtemp(prefix="slant-startup-")
    env = {"HOME": home, "XDG_STATE_HOME": home + "/state", "TERM": "screen",
           "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"}
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(binary, [binary], env)
    seen = b""
    while b"slant>" not in seen:
        ready, _, _ = select.select([fd], [], [], 5)
        if not ready:
            raise SystemExit(f"no prompt within 5 s; the terminal showed {seen!r}")
        seen += os.read(fd, 4096)
    elapsed = time.perf_counter() - start
    os.write(fd, b"\x04")  # Ctrl-D: leave
    os.waitpid(pid, 0)
    os.close(fd)
    return elapsed * 1000


def main() -> None:
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    binary = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    time_to_prompt(binary)  # warm the file cache
    times = sorted(time_to_prompt(binary) for _ in range(runs))
    print(f"{binary}: launch to first prompt: median {statistics.median(times):.1f} ms, "
          f"min {times[0]:.1f} ms, max {times[-1]:.1f} ms over {runs} runs")


if __name__ == "__main__":
    main()
