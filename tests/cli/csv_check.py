#!/usr/bin/env python3
"""Reads every CSV file given with Python's csv module in strict mode.

Prints "<file> <rows>" per file (rows without the header); exits 1 on any
error or a row whose field count differs from the header's.
"""
import csv
import sys


def main(paths):
    status = 0
    for path in paths:
        try:
            with open(path, newline="", encoding="utf-8") as handle:
                rows = list(csv.reader(handle, strict=True))
        except (csv.Error, UnicodeDecodeError) as error:
            print(f"{path}: {error}", file=sys.stderr)
            status = 1
            continue
        if not rows:
            print(f"{path}: no header", file=sys.stderr)
            status = 1
            continue
        width = len(rows[0])
        for number, row in enumerate(rows[1:], start=2):
            if len(row) != width:
                print(f"{path}: record {number} has {len(row)} fields, the header {width}",
                      file=sys.stderr)
                status = 1
        print(f"{path} {len(rows) - 1}")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
