"""Builds pxweb_en_grdp_per_capita_2018-2022.csv, the English export of the real Vietnamese PX-Web CSV
../real/gso_pxweb_vi_grdp_per_capita_2018-2022_cp1252.csv (same table, same figures, same row order, same CSV
form: quoted title line, empty line, quoted header, CRLF line ends, a closing NUL byte). Only the words change, to
those of the Statistics Office's English portal: the row labels are taken, in order, from the real English export
../real/nso_pxweb_en_E02.55_trained_labour_2008-2024.xlsx (its rows after " WHOLE COUNTRY" are the same 69 regions
and provinces in the same order), the header's "Tỉnh, thành phố" becomes "Cities, provincies" and "Sơ bộ 2022"
"Prel. 2022", as in that export. Run from this folder: python3 make_pxweb_en_grdp_csv.py"""
import re
import zipfile

VI = "../real/gso_pxweb_vi_grdp_per_capita_2018-2022_cp1252.csv"
EN_XLSX = "../real/nso_pxweb_en_E02.55_trained_labour_2008-2024.xlsx"
OUT = "pxweb_en_grdp_per_capita_2018-2022.csv"
TITLE = "Gross regional domestic product per capita by province by Cities, provincies and Year"

with zipfile.ZipFile(EN_XLSX) as z:
    strings = re.findall(r"<x:t[^>]*>([^<]*)</x:t>", z.read("xl/sharedStrings.xml").decode("utf-8-sig"))
labels = strings[strings.index(" WHOLE COUNTRY") + 1:]

text = open(VI, "rb").read().decode("cp1252").rstrip("\0")
lines = text.split("\r\n")
assert lines[-1] == "", "the export ends with a line break"
rows = lines[3:-1]
assert len(rows) == len(labels) == 69, (len(rows), len(labels))
out = ['"' + TITLE + '"', "", '"Cities, provincies","2018","2019","2020","2021","Prel. 2022"']
for row, label in zip(rows, labels):
    values = row.split(",")[-5:]
    assert all(re.fullmatch(r"\d+\.\d\d", v) for v in values), row
    out.append('"' + label + '",' + ",".join(values))
with open(OUT, "wb") as f:
    f.write(("\r\n".join(out) + "\r\n").encode("ascii") + b"\0")
