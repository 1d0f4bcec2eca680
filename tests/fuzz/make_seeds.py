#!/usr/bin/env python3
"""Seed corpora for the fuzz targets, made from the exports in tests/data.

    make_seeds.py TESTS_DATA OUT

OUT/csvreader    the exports as they are
OUT/dateparser   each column of each export, one value per line
OUT/scoreparser  each distinct cell value
OUT/xlsxreader   each export as a workbook (openpyxl), and as the NUL-separated XML of its sheet,
                 shared strings and styles (the target's structured form)
"""
import csv
import io
import os
import sys
import zipfile

data, out = sys.argv[1], sys.argv[2]
for target in ("csvreader", "dateparser", "scoreparser", "xlsxreader"):
    os.makedirs(os.path.join(out, target), exist_ok=True)


def write(target, name, payload):
    with open(os.path.join(out, target, name), "wb") as f:
        f.write(payload)


def records(raw):
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t|")
    return list(csv.reader(io.StringIO(text, newline=""), dialect))


values = set()
for name in sorted(os.listdir(data)):
    if not name.endswith(".csv"):
        continue
    raw = open(os.path.join(data, name), "rb").read()
    write("csvreader", name, raw)
    rows = records(raw)
    width = max(len(r) for r in rows)
    for c in range(width):
        column = [r[c] for r in rows[1:] if c < len(r)]
        write("dateparser", f"{name}-{c}", "\n".join(column).encode())
        values.update(v for v in column if len(v) < 80)
    try:
        import openpyxl
    except ImportError:
        continue
    book = openpyxl.Workbook()
    sheet = book.active
    for r in rows:
        sheet.append([float(v) if v.replace(".", "", 1).isdigit() else v for v in r])
    buffer = io.BytesIO()
    book.save(buffer)
    write("xlsxreader", name + ".xlsx", buffer.getvalue())
    with zipfile.ZipFile(buffer) as z:
        members = z.namelist()
        parts = [z.read(m) if m in members else b""
                 for m in ("xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml")]
    write("xlsxreader", name + ".parts", b"\0".join(parts))

for i, v in enumerate(sorted(values)[:400]):
    write("scoreparser", f"value-{i}", v.encode())
