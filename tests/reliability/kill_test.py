#!/usr/bin/env python3
"""Crash and power-loss tests for Shotbook's record (issue 15).

Runs many writes through the real shotbook-cli (injections that take syringes
from stock, diary values, regimen changes, stock receipts, medicines) and
SIGKILLs the writer at random moments. After every kill:

  * `shotbook-cli check` passes (SQLite integrity_check, foreign_key_check and
    Shotbook's invariants: lot remaining = received - used - discarded, every
    injection's stock movement present, ...);
  * every write that had returned success (exit 0 with its id) is in the file,
    with the values it was given.

A second writer process may run at the same time (--second-writer): it is not
killed, and its acknowledged writes must all be there too.

--gui-writer PATH: the same through the GUI's services. gui_writer opens the
file as the window does (its lock file, its start-up check, one connection
kept open) and writes through the window's undoable commands, with undo and
redo; it is killed --gui-kills times ($SHOTBOOK_GUI_KILLS or 20) and started
again on the same file, as a person reopens Shotbook.

--snapshots N: power loss rather than a killed process. The writer is frozen
with SIGSTOP at a random moment, the file set (db, -wal, -shm) is copied, the
writer continues. Each copy is opened as a fresh Shotbook (with its -shm, and
without it, as after a reboot) and must pass `check` and hold every write
acknowledged before the freeze. With synchronous=FULL each commit is fsynced
before the CLI reports success, so the copy taken while frozen is a state the
disk could be left in by a power cut at that moment.

Exit status 0 when every check held; figures on stdout (one JSON line with
--json). The kill count defaults to $SHOTBOOK_KILLS or 30.
"""

import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

NOW = "2045-06-01T12:00"
# Each writer has years of its own days, so no write replaces another
# (a diary value is one per day and measure).
BASE_YEAR = {"a": 1991, "b": 2021, "c": 2011}
ZONES = ["abdomen-upper-left", "abdomen-lower-right", "thigh-left-upper", "thigh-right-lower"]


class Failure(Exception):
    pass


def child_env():
    """The writers' environment. In a sanitizer build their leak check is off:
    a killed writer never reaches it, the CLI suites check the same commands
    for leaks, and GCC 12's LeakSanitizer now and then spins for ever in its
    exit-time scan of a process that dlopen()ed the SQLite plugin (glibc 2.36
    thread-locals), which turned a passing run into a ctest timeout."""
    env = dict(os.environ)
    asan = env.get("ASAN_OPTIONS", "")
    env["ASAN_OPTIONS"] = (asan + ":" if asan else "") + "detect_leaks=0"
    return env


ENV = child_env()
# No write takes this long; a writer that does is stuck, and is named.
STUCK_SECONDS = 120


def finish(proc, args):
    try:
        return proc.communicate(timeout=STUCK_SECONDS)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise Failure("%s did not end within %d s" % (" ".join(args), STUCK_SECONDS))


class Writer:
    """Makes the next write command and knows how to find its row again."""

    def __init__(self, tag, rng):
        self.tag = tag
        self.rng = rng
        self.n = 0

    def next(self):
        self.n += 1
        n = self.n
        kind = self.rng.choices(
            ["inject", "symptom", "regimen", "stock", "med"], weights=[6, 3, 1, 1, 1]
        )[0]
        # Distinct times per writer so that nothing replaces an earlier write.
        minutes = n * 17
        day = 1 + (n % 28)
        month = 1 + (n // 28) % 12
        year = BASE_YEAR[self.tag] + n // (28 * 12)
        at = "%04d-%02d-%02dT%02d:%02d" % (year, month, day, 6 + (minutes // 60) % 14, minutes % 60)
        date = "%04d-%02d-%02d" % (year, month, day)
        note = "%s-%d" % (self.tag, n)
        if kind == "inject":
            args = ["inject", "--site", self.rng.choice(ZONES), "--at", at, "--force",
                    "--note", note, "--dose-mg", "75"]
            verify = ("SELECT note FROM injections WHERE id = ?", note)
        elif kind == "symptom":
            value = str(self.rng.randint(0, 10))
            args = ["symptom", "add", "--measure", "pain", "--value", value, "--date", date]
            verify = ("SELECT CAST(value AS INTEGER) FROM diary_values WHERE id = ?", int(value))
        elif kind == "regimen":
            args = ["regimen", "set", "--dose-mg", "75", "--start", date]
            verify = ("SELECT 75 FROM regimens WHERE id = ?", 75)
        elif kind == "stock":
            lot = "L%s%d" % (self.tag, n)
            args = ["stock", "add", "--lot", lot, "--expires", "2060-01-01", "--count", "1000",
                    "--received", "1990-01-01"]
            verify = ("SELECT lot FROM lots WHERE id = ?", lot)
        else:
            name = "Med %s" % note
            args = ["med", "add", "--name", name, "--start", date]
            verify = ("SELECT name FROM medicines WHERE id = ?", name)
        return kind, args, verify


class Harness:
    def __init__(self, cli, db, rng):
        self.cli = cli
        self.db = db
        self.rng = rng
        self.acked = []  # (kind, sql, expected, id)
        self.lock = threading.Lock()

    def command(self, args, db=None):
        return [self.cli, "--db", db or self.db, "--now", NOW, "--json"] + args

    def run(self, args, db=None, timeout=STUCK_SECONDS):
        try:
            proc = subprocess.run(self.command(args, db), capture_output=True, timeout=timeout,
                                  env=ENV)
        except subprocess.TimeoutExpired:
            raise Failure("%s did not end within %d s" % (" ".join(args), timeout))
        return proc.returncode, proc.stdout, proc.stderr

    def must(self, args, db=None):
        code, out, err = self.run(args, db)
        if code != 0:
            raise Failure("%s: exit %d: %s" % (" ".join(args), code, err.decode(errors="replace")))
        return json.loads(out)

    def acknowledge(self, kind, verify, out):
        obj = json.loads(out)
        with self.lock:
            self.acked.append((kind, verify[0], verify[1], obj["id"]))

    def check(self, db=None, acked=None):
        code, out, err = self.run(["check"], db)
        if code != 0:
            raise Failure("check failed on %s: exit %d: %s %s"
                          % (db or self.db, code, out.decode(errors="replace"),
                             err.decode(errors="replace")))
        if not json.loads(out).get("ok"):
            raise Failure("check not ok: %s" % out.decode(errors="replace"))
        self.verify(db or self.db, self.acked if acked is None else acked)

    def verify(self, db, acked):
        with self.lock:
            acked = list(acked)
        # Read-only, through SQLite itself, apart from Shotbook's code.
        con = sqlite3.connect("file:%s?mode=ro" % db, uri=True, timeout=30)
        try:
            for kind, sql, expected, row_id in acked:
                row = con.execute(sql, (row_id,)).fetchone()
                if row is None or row[0] != expected:
                    raise Failure("acknowledged %s id %s lost (found %r, wanted %r)"
                                  % (kind, row_id, row, expected))
                if kind == "inject":
                    moved = con.execute(
                        "SELECT count(*) FROM stock_movements WHERE injection_id = ?",
                        (row_id,)).fetchone()[0]
                    if moved != 1:
                        raise Failure("acknowledged injection %s has %d stock movements"
                                      % (row_id, moved))
        finally:
            con.close()


def setup(h):
    patient = h.must(["patient", "add", "--name", "Kill Test", "--birth", "1985-03-04",
                      "--weight-kg", "30"])
    h.must(["regimen", "set", "--dose-mg", "75", "--start", "1990-06-01"])
    for i in range(3):
        h.must(["stock", "add", "--lot", "SEED%d" % i, "--expires", "2060-01-01",
                "--count", "1000", "--received", "1990-06-01"])
    return patient["id"]


def typical_runtime(h, writer):
    times = []
    for _ in range(5):
        kind, args, verify = writer.next()
        start = time.monotonic()
        code, out, err = h.run(args)
        times.append(time.monotonic() - start)
        if code != 0:
            raise Failure("%s: exit %d: %s" % (" ".join(args), code, err.decode()))
        h.acknowledge(kind, verify, out)
    times.sort()
    return times[len(times) // 2]


def second_writer(h, stop, stats, seed):
    writer = Writer("b", random.Random(seed))
    while not stop.is_set():
        kind, args, verify = writer.next()
        code, out, err = h.run(args)
        if code == 0:
            h.acknowledge(kind, verify, out)
            stats["second_acked"] += 1
        else:
            stats["second_refused"] += 1
            stats.setdefault("second_errors", []).append(err.decode(errors="replace").strip())


def kill_run(h, kills, concurrent, seed):
    rng = random.Random(seed)
    writer = Writer("a", rng)
    runtime = typical_runtime(h, writer)
    stats = {"kills": 0, "acked": 0, "attempts": 0, "fresh_kills": 0,
             "second_acked": 0, "second_refused": 0, "checks": 0,
             "typical_runtime_ms": round(runtime * 1000, 1)}
    stop = threading.Event()
    thread = None
    if concurrent:
        thread = threading.Thread(target=second_writer, args=(h, stop, stats, seed + 1))
        thread.start()
    try:
        while stats["kills"] < kills:
            kind, args, verify = writer.next()
            stats["attempts"] += 1
            proc = subprocess.Popen(h.command(args), stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, env=ENV)
            # From the start of the process to a little after its usual end.
            time.sleep(rng.uniform(0.1, 1.3) * runtime)
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
            out, err = finish(proc, args)
            if proc.returncode == 0:
                h.acknowledge(kind, verify, out)
                stats["acked"] += 1
                continue
            if proc.returncode != -signal.SIGKILL:
                raise Failure("%s: exit %d: %s" % (" ".join(args), proc.returncode,
                                                   err.decode(errors="replace")))
            stats["kills"] += 1
            if kind == "inject":
                # Where the kill landed: before the commit or after it.
                con = sqlite3.connect("file:%s?mode=ro" % h.db, uri=True, timeout=30)
                found = con.execute("SELECT count(*) FROM injections WHERE note = ?",
                                    (args[args.index("--note") + 1],)).fetchone()[0]
                con.close()
                key = "killed_injections_committed" if found else "killed_injections_absent"
                stats[key] = stats.get(key, 0) + 1
                if found > 1:
                    raise Failure("a killed injection was stored %d times" % found)
            h.check()
            stats["checks"] += 1
            # Now and then, kill the very first write that creates a file.
            if stats["kills"] % 10 == 0:
                fresh_kill(h, rng, runtime, stats)
    finally:
        stop.set()
        if thread:
            thread.join()
    h.check()
    stats["checks"] += 1
    stats["acked_total"] = len(h.acked)
    stats.pop("second_errors", None) if not stats.get("second_errors") else None
    return stats


def fresh_kill(h, rng, runtime, stats):
    path = os.path.join(os.path.dirname(h.db), "fresh-%d.sqlite" % stats["kills"])
    args = ["patient", "add", "--name", "Fresh"]
    proc = subprocess.Popen(h.command(args, path), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=ENV)
    time.sleep(rng.uniform(0, runtime * 1.5))
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
    finish(proc, args)
    if proc.returncode == -signal.SIGKILL:
        stats["fresh_kills"] += 1
    # Whatever the kill left, the file opens and takes the next write.
    h.must(["patient", "add", "--name", "Fresh again"], path)
    code, out, err = h.run(["check"], path)
    if code != 0:
        raise Failure("fresh file after a kill: check exit %d: %s" % (code, err.decode()))


def gui_kill_run(h, writer, kills, seed, patient_id):
    """Kills a writer that writes through the GUI's services (gui_writer.cpp:
    the database opened as the window opens it, its undoable commands, undo
    and redo) at random moments; after each kill the file passes `check`
    and holds every write, undo and redo the writer had acknowledged."""
    rng = random.Random(seed)
    expected = {}  # key -> [(sql, params, count)] as last acknowledged
    stats = {"gui_kills": 0, "gui_runs": 0, "gui_acked": 0, "gui_checks": 0,
             "gui_killed_mid_write": 0}

    def start(run, writes):
        command = [writer, "--db", h.db, "--patient", str(patient_id), "--run", str(run),
                   "--seed", str(rng.randint(1, 2**31)), "--writes", str(writes)]
        proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                env=ENV)
        lines, errors = [], []
        readers = [threading.Thread(target=lambda: lines.extend(proc.stdout)),
                   threading.Thread(target=lambda: errors.extend(proc.stderr))]
        for reader in readers:
            reader.start()
        return proc, lines, (readers, errors)

    def settle(proc, lines, reading):
        readers, errors = reading
        try:
            proc.wait(STUCK_SECONDS)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise Failure("gui_writer did not end within %d s" % STUCK_SECONDS)
        finally:
            for reader in readers:
                reader.join()
        err = b"".join(errors)
        inflight = None
        for raw in lines:
            line = json.loads(raw)
            if "begin" in line:
                inflight = line["begin"]
            else:
                expected[line["ack"]] = line["checks"]
                stats["gui_acked"] += 1
                inflight = None
        return inflight, err.decode(errors="replace")

    # How long the writer takes to open the file and to make a write.
    started = time.monotonic()
    proc, lines, reader = start(0, 30)
    inflight, err = settle(proc, lines, reader)
    if proc.returncode != 0:
        raise Failure("gui_writer: exit %d: %s" % (proc.returncode, err))
    span = time.monotonic() - started
    stats["gui_typical_run_ms"] = round(span * 1000, 1)
    run = 0
    while stats["gui_kills"] < kills:
        run += 1
        stats["gui_runs"] += 1
        proc, lines, reader = start(run, 150)
        # From its start (the file being opened, the stale lock of the last
        # kill found) to well into its writes.
        time.sleep(rng.uniform(0.05, 1.5) * span)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        inflight, err = settle(proc, lines, reader)
        if proc.returncode not in (0, -signal.SIGKILL):
            raise Failure("gui_writer run %d: exit %d: %s" % (run, proc.returncode, err))
        if proc.returncode == -signal.SIGKILL:
            stats["gui_kills"] += 1
        if inflight is not None:
            # Killed between a write's start and its acknowledgement: either
            # state is right for it, and the next run never touches it again.
            stats["gui_killed_mid_write"] += 1
            expected.pop(inflight, None)
            if inflight.startswith("note:"):
                con = sqlite3.connect("file:%s?mode=ro" % h.db, uri=True, timeout=30)
                found = con.execute("SELECT count(*) FROM injections WHERE note = ?",
                                    (inflight[5:],)).fetchone()[0]
                con.close()
                if found > 1:
                    raise Failure("a killed injection was stored %d times" % found)
        h.check()
        verify_checks(h.db, expected)
        stats["gui_checks"] += 1
    stats["gui_keys_verified"] = len(expected)
    return stats


def verify_checks(db, expected):
    con = sqlite3.connect("file:%s?mode=ro" % db, uri=True, timeout=30)
    try:
        for key, checks in expected.items():
            for sql, params, count in checks:
                found = con.execute(sql, params).fetchone()[0]
                if found != count:
                    raise Failure("acknowledged %s lost: %s %r gives %d, not %d"
                                  % (key, sql, params, found, count))
    finally:
        con.close()


def wal_state(db):
    """(size, salt) of the write-ahead log, or None when there is none."""
    try:
        with open(db + "-wal", "rb") as f:
            header = f.read(32)
        return os.path.getsize(db + "-wal"), header[16:24]
    except OSError:
        return None


def snapshot_run(h, snapshots, seed):
    rng = random.Random(seed)
    writer = Writer("c", rng)
    runtime = typical_runtime(h, writer)
    stats = {"snapshots": 0, "copies_checked": 0, "acked_before_copy": 0}
    # A reader that keeps the file open, as a Shotbook window does: the log
    # then outlives each CLI run, grows and restarts, as in daily use.
    holder = sqlite3.connect(h.db, timeout=30)
    holder.execute("SELECT count(*) FROM sqlite_master").fetchone()
    folder = os.path.join(os.path.dirname(h.db), "copies")
    os.makedirs(folder, exist_ok=True)
    while stats["snapshots"] < snapshots:
        kind, args, verify = writer.next()
        acked_before = list(h.acked)
        wal_before = wal_state(h.db)
        proc = subprocess.Popen(h.command(args), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                env=ENV)
        time.sleep(rng.uniform(0, runtime * 1.3))
        frozen = False
        if proc.poll() is None:
            try:
                proc.send_signal(signal.SIGSTOP)
                frozen = True
            except ProcessLookupError:
                pass
        copy = os.path.join(folder, "copy-%d.sqlite" % stats["snapshots"])
        bare = os.path.join(folder, "noshm-%d.sqlite" % stats["snapshots"])
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(h.db + suffix):
                shutil.copyfile(h.db + suffix, copy + suffix)
                if suffix != "-shm":
                    shutil.copyfile(h.db + suffix, bare + suffix)
        torn = os.path.join(folder, "torn-%d.sqlite" % stats["snapshots"])
        wal_now = wal_state(h.db)
        # What a power cut could leave besides: the log's tail written after
        # the last acknowledged (flushed) commit cut anywhere, or garbage.
        # The flushed part is the log as it was before this write began (when
        # the log was empty, every acknowledged write is in the main file:
        # the checkpoint flushed it before truncating the log), as long as the
        # log was not restarted meanwhile (same salt).
        flushed = 0 if not wal_before or wal_before[0] == 0 else wal_before[0]
        if wal_now and wal_now[0] > flushed and (
                flushed == 0 or wal_now[1] == wal_before[1]):
            shutil.copyfile(copy, torn)
            with open(copy + "-wal", "rb") as f:
                wal = f.read()
            cut = rng.randint(flushed, len(wal))
            if rng.random() < 0.5:
                wal = wal[:cut]
            else:
                wal = wal[:cut] + bytes(rng.getrandbits(8) for _ in range(len(wal) - cut))
            with open(torn + "-wal", "wb") as f:
                f.write(wal)
            stats["torn_copies"] = stats.get("torn_copies", 0) + 1
        if frozen:
            proc.send_signal(signal.SIGCONT)
        out, err = finish(proc, args)
        if proc.returncode == 0:
            h.acknowledge(kind, verify, out)
        elif proc.returncode != -signal.SIGKILL:
            raise Failure("%s: exit %d: %s" % (" ".join(args), proc.returncode, err.decode()))
        stats["snapshots"] += 1
        stats["acked_before_copy"] = len(acked_before)
        for path in (copy, bare, torn):
            if not os.path.exists(path):
                continue
            h.check(path, acked_before)
            stats["copies_checked"] += 1
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(path + suffix):
                    os.remove(path + suffix)
    holder.close()
    h.check()
    return stats


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cli", required=True)
    parser.add_argument("--kills", type=int, default=int(os.environ.get("SHOTBOOK_KILLS", "30")))
    parser.add_argument("--second-writer", action="store_true")
    parser.add_argument("--snapshots", type=int, default=0)
    parser.add_argument("--gui-writer", help="gui_writer: kill writes made through the GUI's "
                        "services instead of the CLI's")
    parser.add_argument("--gui-kills", type=int,
                        default=int(os.environ.get("SHOTBOOK_GUI_KILLS", "20")))
    parser.add_argument("--seed", type=int, default=int(os.environ.get("SHOTBOOK_SEED", "0")))
    parser.add_argument("--keep", action="store_true", help="keep the folder (for a look)")
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args()
    seed = options.seed or random.SystemRandom().randint(1, 2**31)

    folder = tempfile.mkdtemp(prefix="shotbook-kill.")
    h = Harness(os.path.abspath(options.cli), os.path.join(folder, "diary.sqlite"),
                random.Random(seed))
    started = time.monotonic()
    result = {"seed": seed}
    try:
        patient_id = setup(h)
        if options.gui_writer:
            result.update(gui_kill_run(h, os.path.abspath(options.gui_writer),
                                       options.gui_kills, seed + 3, patient_id))
        if options.kills:
            result.update(kill_run(h, options.kills, options.second_writer, seed))
        if options.snapshots:
            result.update(snapshot_run(h, options.snapshots, seed + 7))
        result["lost"] = 0
        result["integrity_failures"] = 0
        result["ok"] = True
    except Failure as failure:
        result["ok"] = False
        result["failure"] = str(failure)
        result["folder"] = folder
        options.keep = True
    result["seconds"] = round(time.monotonic() - started, 1)
    if options.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print("%s: %s" % (key, value))
    if not options.keep:
        shutil.rmtree(folder, ignore_errors=True)
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
