#!/usr/bin/env python3
"""Mutation check of Shotbook's safety rules.

Applies each mutant of mutants.txt to the source, one at a time, rebuilds
only the test targets it names (in build/mutation, with ccache), runs only
those tests, and restores the file, whatever happens. A mutant no test fails
on "survived": the tests do not look where that bug would be.

    python3 tests/mutation/run.py            every mutant
    python3 tests/mutation/run.py --quick    the few marked quick (CI: setup.sh test)
    python3 tests/mutation/run.py --only fefo-chosen-twice,never-skip
    python3 tests/mutation/run.py --list     list them, run nothing

Exit status: 0 when every mutant not argued equivalent was killed, 1 when
one survived, 2 on a broken list or a suite that fails without a mutant.
"""

import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LIST = Path(__file__).resolve().parent / "mutants.txt"
KEYS = {"file", "find", "replace", "tests", "about", "quick", "equivalent"}


def parse(path):
    mutants, current = [], None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        header = re.fullmatch(r"\[([a-z0-9-]+)\]", line.strip())
        if header:
            current = {"id": header.group(1), "line": number}
            mutants.append(current)
            continue
        key, sep, value = line.partition(":")
        if current is None or not sep or key not in KEYS:
            sys.exit(f"{path.name}:{number}: expected [id] or one of {sorted(KEYS)}: {line!r}")
        value = value[1:] if value.startswith(" ") else value
        current[key] = value.replace("\\n", "\n")
    ids = set()
    for m in mutants:
        where = f"{path.name}:{m['line']} [{m['id']}]"
        for key in ("file", "find", "replace", "tests", "about"):
            if key not in m:
                sys.exit(f"{where}: no {key}:")
        if m["id"] in ids:
            sys.exit(f"{where}: the id is used twice")
        ids.add(m["id"])
        source = ROOT / m["file"]
        if not source.is_file():
            sys.exit(f"{where}: no file {m['file']}")
        count = source.read_text(encoding="utf-8").count(m["find"])
        if count != 1:
            sys.exit(f"{where}: find: occurs {count} times in {m['file']} (must be once)")
        m["tests"] = m["tests"].split()
    return mutants


def run(command, log, timeout=None):
    with open(log, "a", encoding="utf-8") as out:
        out.write(f"\n$ {' '.join(command)}\n")
        out.flush()
        try:
            done = subprocess.run(command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT,
                                  timeout=timeout)
            return done.returncode
        except subprocess.TimeoutExpired:
            out.write("(timed out)\n")
            return 124


def failed_tests(log):
    text = Path(log).read_text(encoding="utf-8", errors="replace")
    last = text[text.rfind("$ ctest"):]
    return sorted(set(re.findall(r"\d+ - (tst_\w+) \(", last))) or ["(a test)"]


class Restorer:
    """Puts a mutated file back, also on Ctrl-C or kill; a backup on disk
    covers a kill -9 (the next run restores it first)."""

    def __init__(self, backup):
        self.backup = backup
        self.active = None

    def recover(self):
        if self.backup.exists():
            target = ROOT / self.backup.with_suffix(".path").read_text(encoding="utf-8")
            shutil.copyfile(self.backup, target)
            print(f"restored {target.relative_to(ROOT)} from an interrupted run")
            self.backup.unlink()

    def apply(self, path, original, mutated):
        shutil.copyfile(path, self.backup)
        self.backup.with_suffix(".path").write_text(str(path.relative_to(ROOT)), encoding="utf-8")
        self.active = (path, original)
        path.write_text(mutated, encoding="utf-8")

    def restore(self):
        if self.active:
            path, original = self.active
            path.write_text(original, encoding="utf-8")
            self.active = None
            self.backup.unlink(missing_ok=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="only the mutants marked quick")
    parser.add_argument("--only", help="comma-separated ids")
    parser.add_argument("--list", action="store_true", help="list the mutants and stop")
    parser.add_argument("--build-dir", default="build/mutation",
                        help="the build folder (default build/mutation; configured if new)")
    parser.add_argument("--skip-baseline", action="store_true",
                        help="do not first run the tests unmutated (only right where the same "
                             "build's suite has just passed, as in packaging/setup.sh test)")
    args = parser.parse_args()

    mutants = parse(LIST)
    if args.quick:
        mutants = [m for m in mutants if m.get("quick") == "yes"]
    if args.only:
        wanted = set(args.only.split(","))
        unknown = wanted - {m["id"] for m in mutants}
        if unknown:
            sys.exit(f"unknown mutant(s): {', '.join(sorted(unknown))}")
        mutants = [m for m in mutants if m["id"] in wanted]
    if args.list:
        for m in mutants:
            mark = " (argued equivalent)" if "equivalent" in m else ""
            print(f"{m['id']:32} {m['file']}: {m['about']}{mark}")
        return 0

    build = (ROOT / args.build_dir).resolve()
    build.mkdir(parents=True, exist_ok=True)
    log = build / "mutation.log"
    log.write_text("", encoding="utf-8")
    restorer = Restorer(build / "mutation-backup.orig")
    restorer.recover()

    def interrupted(signum, _frame):
        raise KeyboardInterrupt(f"signal {signum}")

    signal.signal(signal.SIGTERM, interrupted)
    signal.signal(signal.SIGHUP, interrupted)

    env = os.environ.setdefault("CCACHE_BASEDIR", str(ROOT.parent))
    del env
    if not (build / "build.ninja").exists():
        print(f"configuring {build.relative_to(ROOT)} ...", flush=True)
        if run(["cmake", "-S", str(ROOT), "-B", str(build), "-G", "Ninja",
                "-DCMAKE_BUILD_TYPE=Debug", "-DSHOTBOOK_BUILD_TESTS=ON",
                "-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"], log) != 0:
            sys.exit(f"cmake failed: see {log}")
    jobs = str(os.cpu_count() or 2)
    targets = sorted({t for m in mutants for t in m["tests"]})

    def build_targets(names):
        return run(["cmake", "--build", str(build), "--parallel", jobs, "--target", *names], log)

    def run_tests(names):
        return run(["ctest", "--test-dir", str(build), "--stop-on-failure", "--timeout", "300",
                    "-R", "^(" + "|".join(names) + ")$"], log, timeout=1800)

    print(f"{len(mutants)} mutants over {len(targets)} test targets; log: {log}", flush=True)
    started = time.monotonic()
    if build_targets(targets) != 0:
        sys.exit(f"the unmutated tree does not build: see {log}")
    if not args.skip_baseline and run_tests(targets) != 0:
        print(f"the tests fail without any mutant ({', '.join(failed_tests(log))}): see {log}")
        return 2

    killed, survived, equivalent, broken = [], [], [], []
    try:
        for number, m in enumerate(mutants, 1):
            path = ROOT / m["file"]
            original = path.read_text(encoding="utf-8")
            restorer.apply(path, original, original.replace(m["find"], m["replace"], 1))
            clock = time.monotonic()
            try:
                if build_targets(m["tests"]) != 0:
                    outcome, by = "does not build", []
                elif run_tests(m["tests"]) != 0:
                    outcome, by = "killed", failed_tests(log)
                else:
                    outcome, by = "survived", []
            finally:
                restorer.restore()
            seconds = time.monotonic() - clock
            if outcome == "killed":
                killed.append(m)
                note = " (argued equivalent, yet killed: drop the argument)" if "equivalent" in m else ""
                print(f"[{number}/{len(mutants)}] killed    {m['id']} by {', '.join(by)}"
                      f" ({seconds:.0f} s){note}", flush=True)
            elif outcome == "survived" and "equivalent" in m:
                equivalent.append(m)
                print(f"[{number}/{len(mutants)}] equivalent {m['id']}: {m['equivalent']}", flush=True)
            elif outcome == "survived":
                survived.append(m)
                print(f"[{number}/{len(mutants)}] SURVIVED  {m['id']} ({m['file']}): {m['about']}",
                      flush=True)
            else:
                broken.append(m)
                print(f"[{number}/{len(mutants)}] BROKEN    {m['id']}: the mutant does not build",
                      flush=True)
    except KeyboardInterrupt as stop:
        restorer.restore()
        print(f"stopped ({stop}); every file is restored")
        return 2
    finally:
        restorer.restore()
        build_targets(targets)  # the build folder matches the sources again

    scored = len(mutants) - len(equivalent) - len(broken)
    score = 100.0 * len(killed) / scored if scored else 100.0
    minutes = (time.monotonic() - started) / 60
    print(f"\nmutation score: {len(killed)}/{scored} killed ({score:.1f} %); "
          f"{len(survived)} survived, {len(equivalent)} argued equivalent, "
          f"{len(broken)} do not build; {minutes:.1f} min")
    for m in survived:
        print(f"  survived: {m['id']} ({m['file']}): {m['about']}")
    if broken:
        return 2
    return 1 if survived else 0


if __name__ == "__main__":
    sys.exit(main())
