#!/usr/bin/env python3
"""A hostile-file campaign against `npsstudio import`, beside the libFuzzer targets: it mutates
the exports in tests/data (and workbooks made from them) many times, imports each mutant into a
new project, and checks what a user relies on:

- no crash (exit status 0, 1 or 2, never a signal) and no hang (10 s at most);
- nothing lost silently: imported + skipped + already present + left out = rows read, and the
  project holds exactly the imported responses (none when the import failed);
- a failed import says why, naming the file;
- the same file imported twice gives the same report (consistent).

    mutation_campaign.py NPSSTUDIO TESTS_DATA WORKDIR [--csv N] [--xlsx N] [--seed S]
"""
import argparse
import io
import json
import os
import random
import sqlite3
import subprocess
import sys
import zipfile

parser = argparse.ArgumentParser()
parser.add_argument("npsstudio")
parser.add_argument("data")
parser.add_argument("work")
parser.add_argument("--csv", type=int, default=3000)
parser.add_argument("--xlsx", type=int, default=2000)
parser.add_argument("--seed", type=int, default=11)
args = parser.parse_args()
rng = random.Random(args.seed)
os.makedirs(args.work, exist_ok=True)
env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8",
           XDG_CONFIG_HOME=os.path.join(args.work, "config"))

seeds = {}
for name in sorted(os.listdir(args.data)):
    if name.endswith(".csv"):
        seeds[name] = open(os.path.join(args.data, name), "rb").read()


def mutate_bytes(data):
    data = bytearray(data)
    for _ in range(rng.choice([1, 1, 2, 3, 8])):
        kind = rng.randrange(11)
        at = rng.randrange(len(data) + 1) if data else 0
        if kind == 0 and data:  # flip a bit
            at = min(at, len(data) - 1)
            data[at] ^= 1 << rng.randrange(8)
        elif kind == 1:  # a special byte
            data[at:at] = bytes([rng.choice(b'",;\t\r\n\0\xff\xef\xbb\xbf"')])
        elif kind == 2 and data:  # delete a run
            del data[at:at + rng.randrange(1, 40)]
        elif kind == 3 and data:  # duplicate a run
            chunk = data[at:at + rng.randrange(1, 400)]
            data[at:at] = chunk * rng.randrange(1, 4)
        elif kind == 4:  # truncate
            del data[at:]
        elif kind == 5 and data:  # remove a quote
            q = data.find(b'"', at)
            if q >= 0:
                del data[q]
        elif kind == 6:  # an unbalanced quote
            data[at:at] = b'"'
        elif kind == 7:  # random bytes
            data[at:at] = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 64)))
        elif kind == 8:  # a line swapped with another
            lines = bytes(data).split(b"\n")
            if len(lines) > 2:
                i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
                lines[i], lines[j] = lines[j], lines[i]
                data = bytearray(b"\n".join(lines))
        elif kind == 9:  # another delimiter
            data = bytearray(bytes(data).replace(rng.choice([b",", b";"]), rng.choice([b";", b"\t", b"|", b","])))
        elif len(data) < 1 << 20:  # many rows
            lines = bytes(data).split(b"\n")
            if len(lines) > 2:
                data = bytearray(b"\n".join(lines[:1] + lines[1:] * rng.randrange(2, 50)))
    return bytes(data[:4 << 20])  # a few MB at most: a hang is a hang, not a big file


def workbook(csv_bytes):
    """The export as a workbook (openpyxl), or None."""
    try:
        import csv
        import openpyxl
    except ImportError:
        return None
    text = csv_bytes.decode("utf-8-sig", errors="replace")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    book = openpyxl.Workbook()
    sheet = book.active
    for row in csv.reader(io.StringIO(text, newline=""), dialect):
        sheet.append([int(v) if v.isdigit() and len(v) < 10 else v for v in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def mutate_workbook(data):
    if rng.random() < 0.3:
        return mutate_bytes(data)  # the container itself
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        victims = [n for n in src.namelist() if n.endswith(".xml") or n.endswith(".rels")]
        victim = rng.choice(victims)
        for name in src.namelist():
            part = src.read(name)
            if name == victim or rng.random() < 0.05:
                part = mutate_bytes(part)
            if rng.random() < 0.02:
                continue  # a part left out
            dst.writestr(name, part)
    return out.getvalue()


def run(arguments):
    try:
        p = subprocess.run([args.npsstudio] + arguments, capture_output=True, env=env, timeout=10)
        return p.returncode, p.stdout.decode(errors="replace"), p.stderr.decode(errors="replace")
    except subprocess.TimeoutExpired:
        return "hang", "", ""


def responses(db):
    if not os.path.exists(db):
        return 0
    c = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return c.execute("SELECT COUNT(*) FROM responses").fetchone()[0]
    except sqlite3.Error:
        return 0
    finally:
        c.close()


counts = {}


def check(kind, name, data):
    c = counts.setdefault(kind, dict(tried=0, crashed=0, hung=0, lost=0, unclear=0, inconsistent=0,
                                     imported=0, failed=0))
    c["tried"] += 1
    if c["tried"] % 250 == 0:
        print(f"{kind}: {c['tried']} tried", flush=True)
    path = os.path.join(args.work, f"mutant.{ 'xlsx' if kind == 'XLSX' else 'csv'}")
    with open(path, "wb") as f:
        f.write(data)
    reports = []
    for attempt in range(2):
        db = os.path.join(args.work, f"p{attempt}.npsdb")
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(db + suffix):
                os.remove(db + suffix)
        status, out, err = run(["import", path, "--db", db, "--json"])
        problem = None
        if status == "hang":
            c["hung"] += 1
            problem = "hang"
        elif status not in (0, 1, 2):
            c["crashed"] += 1
            problem = f"exit {status}"
        else:
            try:
                report = json.loads(out)["imports"][0]
            except (ValueError, KeyError, IndexError):
                report = None
            if report is None:
                c["crashed"] += 1
                problem = "no report"
            else:
                stored = responses(db)
                total = report["imported"] + report["skipped"] + report["duplicates"] + report["excluded"]
                if report["ok"]:
                    if total != report["rows_read"] or stored != report["imported"]:
                        c["lost"] += 1
                        problem = f"counts {report['rows_read']} read, {total} accounted, {stored} stored"
                elif stored != 0:
                    c["lost"] += 1
                    problem = "a failed import stored responses"
                elif not report.get("error") or "mutant" not in report["error"]:
                    c["unclear"] += 1
                    problem = f"unclear: {report.get('error')!r}"
                report.pop("file", None)
                reports.append(report)
        if problem:
            keep = os.path.join(args.work, f"problem-{kind}-{c['tried']}" + os.path.splitext(path)[1])
            with open(keep, "wb") as f:
                f.write(data)
            print(f"{kind} {name} #{c['tried']}: {problem} (kept as {keep})", flush=True)
            return
    if len(reports) == 2:
        if reports[0] != reports[1]:
            c["inconsistent"] += 1
            print(f"{kind} {name} #{c['tried']}: two imports differ", flush=True)
        elif reports[0]["ok"]:
            c["imported"] += 1
        else:
            c["failed"] += 1


names = list(seeds)
for i in range(args.csv):
    name = rng.choice(names)
    check("CSV", name, mutate_bytes(seeds[name]))
books = {n: workbook(seeds[n]) for n in names}
books = {n: b for n, b in books.items() if b}
for i in range(args.xlsx if books else 0):
    name = rng.choice(list(books))
    check("XLSX", name, mutate_workbook(books[name]))
print(json.dumps(counts, indent=1))
