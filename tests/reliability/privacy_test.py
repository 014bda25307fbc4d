#!/usr/bin/env python3
"""Privacy checks for Shotbook (issue 15).

  * neither executable links a Qt network module or a TLS/HTTP library (ldd);
  * shotbook-cli doing every kind of work (writes, export csv/fhir/ics,
    backup, check) and the GUI started offscreen for a few seconds make no
    network system call other than local (AF_UNIX) sockets (strace -f
    -e trace=network); the CLI makes none at all;
  * under umask 000 the database, its lock, backups and exports are created
    0600, and export folders 0700;
  * a removed patient's name is nowhere in the database file afterwards
    (secure_delete, and the WAL checkpointed at close).

Exit 0 when all hold, 77 when strace is missing (ctest SKIP_RETURN_CODE).
"""

import argparse
import os
import re
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time

NOW = "2026-06-01T12:00"
SECRET = "Zebedee Quoxworth"


class Failure(Exception):
    pass


def run(cli, db, *args, check=True):
    proc = subprocess.run([cli, "--db", db, "--now", NOW] + list(args), capture_output=True)
    if check and proc.returncode != 0:
        raise Failure("%s: exit %d: %s" % (" ".join(args), proc.returncode, proc.stderr.decode()))
    return proc


def mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


def check_links(binaries):
    for binary in binaries:
        if not binary:
            continue
        out = subprocess.run(["ldd", binary], capture_output=True, text=True).stdout
        for bad in ("libQt6Network", "libQt5Network", "libssl", "libcurl", "libgnutls"):
            if bad in out:
                raise Failure("%s links %s" % (binary, bad))


def network_calls(trace):
    calls = []
    with open(trace) as f:
        for line in f:
            if re.search(r"\b(socket|connect|bind|sendto|sendmsg|listen|accept4?)\(", line):
                calls.append(line.strip())
    return calls


def traced_env(**extra):
    """LeakSanitizer cannot run under ptrace: in a sanitizer build the traced
    programs run without leak detection (every other test has it)."""
    env = dict(os.environ, **extra)
    asan = env.get("ASAN_OPTIONS", "")
    env["ASAN_OPTIONS"] = (asan + ":" if asan else "") + "detect_leaks=0"
    return env


def check_cli(cli, folder, strace):
    db = os.path.join(folder, "private.sqlite")
    trace = os.path.join(folder, "cli.trace")
    script = [
        ["patient", "add", "--name", "Ada", "--birth", "2015-01-01", "--weight-kg", "30"],
        ["regimen", "set", "--dose-mg", "75", "--start", "2026-01-01"],
        ["stock", "add", "--lot", "L1", "--expires", "2030-01-01", "--count", "30"],
        ["inject", "--site", "arm-left", "--at", "2026-05-01T08:00", "--force"],
        ["symptom", "add", "--measure", "pain", "--value", "3"],
        ["export", "csv", "--out", os.path.join(folder, "csv")],
        ["export", "fhir", "--out", os.path.join(folder, "bundle.json")],
        ["export", "ics", "--out", os.path.join(folder, "doses.ics")],
        ["backup", "--out", os.path.join(folder, "backup.sqlite")],
        ["check"],
    ]
    for args in script:
        proc = subprocess.run(
            [strace, "-f", "-qq", "-e", "trace=network", "-o", trace,
             cli, "--db", db, "--now", NOW] + args, capture_output=True, env=traced_env())
        if proc.returncode != 0:
            raise Failure("%s: exit %d: %s" % (" ".join(args), proc.returncode,
                                               proc.stderr.decode()))
        calls = network_calls(trace)
        if calls:
            raise Failure("shotbook-cli %s made network calls: %s" % (args[0], calls[:3]))
    # Created under umask 000 (set by main): owner only.
    for path in (db, os.path.join(folder, "bundle.json"), os.path.join(folder, "doses.ics"),
                 os.path.join(folder, "backup.sqlite")):
        if mode(path) != 0o600:
            raise Failure("%s is %o, not 600" % (path, mode(path)))
    csv = os.path.join(folder, "csv")
    if mode(csv) != 0o700:
        raise Failure("%s is %o, not 700" % (csv, mode(csv)))
    for name in os.listdir(csv):
        if mode(os.path.join(csv, name)) != 0o600:
            raise Failure("%s/%s is %o, not 600" % (csv, name, mode(os.path.join(csv, name))))
    return len(script)


def check_removed_patient(cli, folder):
    db = os.path.join(folder, "removed.sqlite")
    run(cli, db, "patient", "add", "--name", "Ada")
    run(cli, db, "patient", "add", "--name", SECRET, "--birth", "2012-02-02")
    run(cli, db, "symptom", "add", "--patient", SECRET, "--measure", "pain", "--value", "4")
    run(cli, db, "med", "add", "--patient", SECRET, "--name", SECRET + " pills")
    # The search must be able to find it: the name is there before.
    if not any(os.path.exists(db + s) and SECRET.encode() in open(db + s, "rb").read()
               for s in ("", "-wal")):
        raise Failure("the search for the name does not find it even before the removal")
    run(cli, db, "patient", "remove", "--patient", SECRET, "--yes")
    for suffix in ("", "-wal", "-shm"):
        path = db + suffix
        if os.path.exists(path):
            with open(path, "rb") as f:
                data = f.read()
            for needle in (SECRET.encode(), SECRET.encode("utf-16-le"), b"Quoxworth"):
                if needle in data:
                    raise Failure("the removed patient's name is still in %s" % path)


def stop_group(proc):
    """Ends a process and everything it started (its own process group)."""
    for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, None)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(wait)
        except subprocess.TimeoutExpired:
            continue
        # strace is gone; its tracee may outlive it for a moment.
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                os.killpg(proc.pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.1)
    raise Failure("the GUI under strace (process group %d) did not stop" % proc.pid)


def check_gui(gui, folder, strace):
    if not gui:
        return "not checked (no --gui)"
    if not os.path.exists(gui):
        raise Failure("%s does not exist: build the shotbook target" % gui)
    db = os.path.join(folder, "gui.sqlite")
    trace = os.path.join(folder, "gui.trace")
    env = traced_env(QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([strace, "-f", "-qq", "-e", "trace=network", "-o", trace,
                             gui, "--db", db], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and not os.path.exists(db + ".lock"):
        time.sleep(0.2)
    time.sleep(2)
    running = proc.poll() is None
    # strace leaves its tracee running when it is stopped itself: the window
    # and strace share a process group of their own, stopped together.
    stop_group(proc)
    if not running:
        raise Failure("the GUI did not keep running offscreen")
    calls = [c for c in network_calls(trace) if "AF_UNIX" not in c and "AF_LOCAL" not in c
             and not re.search(r"\b(sendmsg|sendto)\(\d+, ", c)]
    if calls:
        raise Failure("the GUI made network calls: %s" % calls[:3])
    for path in (db, db + ".lock"):
        if os.path.exists(path) and mode(path) != 0o600:
            raise Failure("%s is %o, not 600" % (path, mode(path)))
    return "ok"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--gui")
    options = parser.parse_args()
    strace = shutil.which("strace")
    if not strace:
        print("strace is not installed: skipped")
        return 77
    os.umask(0)
    folder = tempfile.mkdtemp(prefix="shotbook-privacy.")
    os.chmod(folder, 0o700)
    try:
        check_links([options.cli, options.gui])
        commands = check_cli(options.cli, folder, strace)
        check_removed_patient(options.cli, folder)
        gui = check_gui(options.gui, folder, strace)
    except Failure as failure:
        print("FAIL: %s (folder %s)" % (failure, folder))
        return 1
    print("ok: %d CLI commands without a network call, GUI %s, files 0600/0700 under umask 000, "
          "removed patient's name gone" % (commands, gui))
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
