#!/usr/bin/env python3
"""Shotbook's benchmarks beside their floors, measured in the same run.

    tests/benchmarks/run.sh [--build build/release] [--repeat 7] [--years 20]
                            [--callgrind] [--no-gui] [--smoke]

Builds nothing: build the `benchmarks` target of a release build first
(see README.md). Every figure is the median of --repeat runs, each on a fresh
copy of its database (the copy is not timed). --callgrind also counts the
instructions of one run of each CLI command and of the floor under valgrind's
callgrind: a figure that a machine shared with other work cannot disturb.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

NOW = "2026-11-22T09:00"


def parse():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--build", default="build/release")
    p.add_argument("--repeat", type=int, default=7)
    p.add_argument("--years", type=int, default=20)
    p.add_argument("--patients", type=int, default=2)
    p.add_argument("--callgrind", action="store_true")
    p.add_argument("--no-gui", action="store_true")
    p.add_argument("--gui-only", action="store_true", help="only the floors and the GUI")
    p.add_argument("--only", default="", help="regular expression: only these CLI commands")
    p.add_argument("--smoke", action="store_true", help="one run each on a one-year database")
    return p.parse_args()


class Bench:
    def __init__(self, args, work):
        self.args = args
        self.work = work
        b = args.build
        self.cli = os.path.join(b, "app", "shotbook-cli")
        self.floor_sql = os.path.join(b, "tests", "floor_sql")
        self.floor_window = os.path.join(b, "tests", "floor_window")
        self.bench_core = os.path.join(b, "tests", "bench_core")
        self.bench_gui = os.path.join(b, "tests", "bench_gui")
        self.env = dict(os.environ)
        self.env.update({
            "TZ": "Europe/Berlin", "QT_QPA_PLATFORM": "offscreen", "LC_ALL": "C.UTF-8",
            "XDG_CONFIG_HOME": os.path.join(work, "config"),
            "XDG_DATA_HOME": os.path.join(work, "data"),
            "XDG_CACHE_HOME": os.path.join(work, "cache"),
            "XDG_RUNTIME_DIR": os.path.join(work, "runtime"),
        })
        for d in ("config", "data", "cache", "runtime"):
            os.makedirs(os.path.join(work, d), mode=0o700, exist_ok=True)
        self.counter = 0

    def run(self, argv, check=True):
        r = subprocess.run(argv, env=self.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True)
        if check and r.returncode not in (0,):
            raise RuntimeError("%s: exit %d\n%s" % (" ".join(argv), r.returncode, r.stderr))
        return r

    def fresh(self, base):
        """A fresh copy of a database (with its WAL), not timed."""
        self.counter += 1
        path = os.path.join(self.work, "run%d.sqlite" % self.counter)
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(base + suffix):
                shutil.copyfile(base + suffix, path + suffix)
        return path

    def cleanup(self, path):
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(path + suffix):
                os.remove(path + suffix)
        shutil.rmtree(path + ".out", ignore_errors=True)

    def timed(self, base, make_argv, repeat):
        """Median wall ms of a process, each run on a fresh copy of base."""
        ms = []
        for _ in range(repeat):
            db = self.fresh(base)
            argv = make_argv(db)
            t = time.perf_counter()
            r = self.run(argv, check=False)
            ms.append((time.perf_counter() - t) * 1000.0)
            self.cleanup(db)
            if r.returncode != 0:
                return None, "exit %d: %s" % (r.returncode, r.stderr.strip().splitlines()[-1:] or "")
        return statistics.median(ms), None

    def instructions(self, base, make_argv):
        db = self.fresh(base)
        out = os.path.join(self.work, "callgrind.out")
        argv = ["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out] + make_argv(db)
        r = self.run(argv, check=False)
        self.cleanup(db)
        if r.returncode != 0 or not os.path.exists(out):
            return None
        with open(out) as f:
            for line in f:
                if line.startswith("totals:") or line.startswith("summary:"):
                    value = int(line.split()[1])
        os.remove(out)
        return value


def cli_commands(args):
    """(name, extra argv) of every CLI command, on patient 1."""
    d = lambda db: db + ".out"
    return [
        ("patient list", lambda db: ["patient", "list"]),
        ("patient add", lambda db: ["patient", "add", "--name", "Bench", "--weight-kg", "30"]),
        ("weight add", lambda db: ["weight", "add", "--patient", "1", "--kg", "61"]),
        ("regimen set", lambda db: ["regimen", "set", "--patient", "1", "--dose-mg", "100",
                                    "--per-day", "1", "--start", "2026-11-23"]),
        ("dose show", lambda db: ["dose", "show", "--patient", "1"]),
        ("inject", lambda db: ["inject", "--patient", "1", "--site", "thigh-left-upper",
                               "--force"]),
        ("injections", lambda db: ["injections", "--patient", "1"]),
        ("site next", lambda db: ["site", "next", "--patient", "1"]),
        ("site disable", lambda db: ["site", "disable", "--patient", "1", "arm-left"]),
        ("reaction add", lambda db: ["reaction", "add", "--patient", "1", "--site", "arm-left",
                                     "--kind", "redness"]),
        ("stock add", lambda db: ["stock", "add", "--lot", "BENCH1", "--expires", "2028-01-31",
                                  "--count", "10"]),
        ("stock list", lambda db: ["stock", "list"]),
        ("stock status", lambda db: ["stock", "status", "--patient", "1"]),
        ("adherence", lambda db: ["adherence", "--patient", "1"]),
        ("next", lambda db: ["next", "--patient", "1"]),
        ("today", lambda db: ["today", "--patient", "1"]),
        ("symptom add", lambda db: ["symptom", "add", "--patient", "1", "--measure", "pain",
                                    "--value", "3"]),
        ("side-effect add", lambda db: ["side-effect", "add", "--patient", "1", "--term",
                                        "headache"]),
        ("med add", lambda db: ["med", "add", "--patient", "1", "--name", "Ibuprofen"]),
        ("lab add", lambda db: ["lab", "add", "--patient", "1", "--analyte", "anc", "--value",
                                "2.5"]),
        ("lab due", lambda db: ["lab", "due", "--patient", "1"]),
        ("export csv", lambda db: ["export", "csv", "--patient", "1", "--out", d(db)]),
        ("export fhir", lambda db: ["export", "fhir", "--patient", "1", "--out",
                                    d(db) + ".json"]),
        ("export ics", lambda db: ["export", "ics", "--patient", "1", "--out", d(db) + ".ics"]),
        # The report over its default period, and over the last year (the
        # twenty-year report takes minutes: README.md, by hand).
        ("export pdf", lambda db: ["export", "pdf", "--patient", "1", "--out", d(db) + ".pdf"]),
        ("export pdf 1 y", lambda db: ["export", "pdf", "--patient", "1", "--from", "2025-11-22",
                                       "--out", d(db) + ".pdf"]),
        ("backup", lambda db: ["backup", "--out", d(db) + ".bak"]),
        ("check", lambda db: ["check"]),
    ]


def make_empty(b, path):
    """No history: one patient with a regimen from today and one lot."""
    for argv in (["patient", "add", "--name", "Alex", "--weight-kg", "60"],
                 ["regimen", "set", "--patient", "1", "--dose-mg", "100", "--per-day", "1",
                  "--start", NOW[:10]],
                 ["stock", "add", "--lot", "E1", "--expires", "2028-01-31", "--count", "28"]):
        b.run([b.cli, "--now", NOW, "--db", path] + argv)


def fmt(v, unit="ms"):
    return "n/a" if v is None else ("%.1f %s" % (v, unit))


def ratio(a, b):
    return "n/a" if a is None or not b else "%.2f×" % (a / b)


def main():
    args = parse()
    if args.smoke:
        args.repeat, args.years = 1, 1
    work = tempfile.mkdtemp(prefix="shotbook-bench-")
    b = Bench(args, work)
    try:
        bases = {"empty": os.path.join(work, "empty.sqlite"),
                 "%dy" % args.years: os.path.join(work, "demo.sqlite")}
        make_empty(b, bases["empty"])
        t = time.perf_counter()
        b.run([b.cli, "--now", NOW, "demo", "--years", str(args.years), "--patients",
               str(args.patients), "--seed", "7", "--out", bases["%dy" % args.years]])
        print("demo --years %d --patients %d: %.0f ms (once)" % (
            args.years, args.patients, (time.perf_counter() - t) * 1000.0))
        for base in bases.values():  # any migration happens here, not in a timed run
            b.run([b.cli, "--db", base, "check"])
            b.run([b.floor_sql, base])  # its table exists before it is timed
        names = list(bases)
        print("machine: %d cores, %s; load average %s" % (
            os.cpu_count(), cpu_model(), " ".join("%.1f" % x for x in os.getloadavg())))
        print("median of %d runs, each on a fresh copy; ratio = figure / floor\n" % args.repeat)

        floors = {}
        for n in names:
            floors[n], _ = b.timed(bases[n], lambda db: [b.floor_sql, db], args.repeat)
        print("floor_sql (Qt+QtSql, WAL, commit one row): " +
              ", ".join("%s %s" % (n, fmt(floors[n])) for n in names))
        grind_floor = {}
        if args.callgrind:
            for n in names:
                grind_floor[n] = b.instructions(bases[n], lambda db: [b.floor_sql, db])
            print("floor_sql instructions: " +
                  ", ".join("%s %s" % (n, "{:,}".format(grind_floor[n])) for n in names))

        if args.gui_only:
            args.only = "^$"
        print("\n## CLI, process start included")
        header = "%-16s" % "command"
        for n in names:
            header += " | %10s %7s" % (n, "/floor")
        header += " | growth"
        if args.callgrind:
            header += " | " + " | ".join("%s Ir /floor" % n for n in names) + " | Ir growth"
        print(header)
        only = re.compile(args.only) if args.only else None
        for name, extra in cli_commands(args):
            if only and not only.search(name):
                continue
            row = "%-16s" % name
            figures = {}
            for n in names:
                argv = lambda db, extra=extra: [b.cli, "--now", NOW, "--db", db, "--json"] + extra(db)
                figures[n], err = b.timed(bases[n], argv, args.repeat)
                row += " | %10s %7s" % (fmt(figures[n]), ratio(figures[n], floors[n]))
            row += " | " + ratio(figures[names[1]], figures[names[0]])
            if args.callgrind:
                irs = {}
                for n in names:
                    argv = lambda db, extra=extra: [b.cli, "--now", NOW, "--db", db, "--json"] + extra(db)
                    irs[n] = b.instructions(bases[n], argv)
                    row += " | %s" % ratio(irs[n], grind_floor[n])
                row += " | " + ratio(irs[names[1]], irs[names[0]])
            print(row, flush=True)

        if args.gui_only:
            names_core = []
        else:
            names_core = names
        print("\n## core services, no process start (ms, median of %d in one process)" % max(args.repeat, 5))
        core = {}
        for n in names_core:
            db = b.fresh(bases[n])
            r = b.run([b.bench_core, "--db", db, "--now", NOW, "--repeat",
                       str(max(args.repeat, 5))])
            core[n] = dict((l.split("\t")[0], float(l.split("\t")[1]))
                           for l in r.stdout.splitlines() if "\t" in l)
            b.cleanup(db)
        keys = sorted(set().union(*[set(c) for c in core.values()])) if core else []
        print("%-28s" % "service" + "".join(" | %10s" % n for n in names) + " | growth")
        for k in keys:
            vals = [core.get(n, {}).get(k) for n in names]
            print("%-28s" % k + "".join(" | %10s" % fmt(v) for v in vals) +
                  " | " + ratio(vals[-1], vals[0]))

        missing = [p for p in (b.floor_window, b.bench_gui) if not os.path.exists(p)]
        if not args.no_gui and missing:
            print("\n## GUI: not built (%s); build the `benchmarks` target" % ", ".join(missing))
        elif not args.no_gui:
            print("\n## GUI (offscreen, 1200×900)")
            wfloor, _ = b.timed(bases[names[0]], lambda db: [b.floor_window], args.repeat)
            print("floor_window (bare window, quit after first paint): %s" % fmt(wfloor))
            for n in names:
                cold, err = b.timed(bases[n], lambda db: [b.bench_gui, "--db", db, "--now", NOW,
                                                          "--cold"], args.repeat)
                print("%s: cold start to first painted main window %s, %s of the floor%s" % (
                    n, fmt(cold), ratio(cold, wfloor), (" (" + err + ")") if err else ""))
            for n in names:
                db = b.fresh(bases[n])
                r = b.run([b.bench_gui, "--db", db, "--now", NOW], check=False)
                b.cleanup(db)
                print("%s:" % n)
                for l in r.stdout.splitlines():
                    k, v = l.split("\t")
                    unit = "MB" if "rss" in k else ("" if k.endswith((".steps", ".rows")) else "ms")
                    print("  %-36s %s" % (k, v + (" " + unit if unit else "")))
                if r.returncode:
                    print("  exit %d: %s" % (r.returncode, r.stderr[-300:]))
            print("charts redraw over the whole range: bench_charts (README.md)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown CPU"


if __name__ == "__main__":
    main()
