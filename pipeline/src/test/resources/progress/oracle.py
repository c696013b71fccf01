#!/usr/bin/env python3
"""
Regenerates cases.expected.csv from cases.csv: an independent plain-Python implementation of SCORING.md §1
(the Open SDG progress measure, after open-sdg/sdg-build's ProgressMeasure.py; no peer code copied), written
from the method's text, not from the Java code it checks.

    python3 oracle.py                 # rewrites cases.expected.csv next to this file
    python3 oracle.py --stdout        # prints it instead

Rows on which the peer fails (no value at or after the base year, target year = base year, target = base, target on
the other side of zero) must not be put in cases.csv: ProgressMeasureTest covers them.
"""
import csv
import io
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
COLUMNS = ['id', 'base_year_used', 'base_value', 'current_year', 'current_value', 'progress_value', 'status',
           'score', 'message']


def cagr(v1, v0, t1, t0):
    return (v1 / v0) ** (1.0 / (t1 - t0)) - 1


def limit_coefficient(base, limit):
    """C of SCORING.md §1: 1 without a limit; otherwise from the base's distance to the limit."""
    if limit is None:
        return 1.0
    b, lim = abs(base), abs(limit)
    if b >= 2 * lim:
        return 1.0
    if b <= lim:
        return 1 - (b / lim) ** 4.44
    return 1 - ((2 * lim - b) / lim) ** 4.44


def measure(points, base_year, target_year, target, increase, limit):
    """points: [(year, value)] with values present, sorted by year."""
    d = 1 if increase else -1
    after = [(y, v) for y, v in points if y >= base_year]
    b, yb = after[0]
    t, yt = points[-1]
    achieved = target is not None and ((d == 1 and yt >= target) or (d == -1 and yt <= target))
    p = None
    if not (yb * yt < 0 or t - b < 1):
        s = -1 if yb < 0 else 1
        base_calc = 0.001 if yb == 0 else yb
        growth = cagr(yt, base_calc, t, b)
        if target is None:
            p = s * d * growth
        else:
            target_calc = 0.001 if target == 0 else target
            p = s * d * growth / abs(cagr(target_calc, base_calc, target_year, b))
    method_one = target is None
    c = limit_coefficient(yb, limit) if method_one else 1.0
    high, med, low = (0.015 * c, 0.005 * c, 0.0) if method_one else (0.95, 0.60, 0.0)
    if achieved:
        status = 'target_achieved'
    elif p is None:
        status = 'not_available'
    elif p >= high:
        status = 'substantial_progress'
    elif p >= med:
        status = 'moderate_progress'
    elif p >= low:
        status = 'limited_progress'
    else:
        status = 'deterioration'
    if achieved:
        score = 5.0
    elif p is None:
        score = None
    elif method_one:
        if p < 0:
            score = max(125 * p - 2.5, -5.0)
        elif c == 0:
            score = 5.0
        else:
            x = p / c
            if p >= high:
                score = min(500 * x - 5, 5.0)
            elif p >= med:
                score = 250 * x - 1.25
            else:
                score = 500 * x - 2.5
    else:
        score = min(7.1429 * p - 4.2857, 5.0) if p >= 0.6 else max(4.1667 * p - 2.5, -5.0)
    return b, yb, t, yt, p, status, score


def number(text):
    return None if text.strip() == '' else float(text)


def fmt(value):
    return '' if value is None else repr(float(value))


def row_of(case):
    points = []
    for pair in case['series'].split(';'):
        year, value = pair.split(':')
        if value.strip().upper() != 'NA':
            points.append((int(year), float(value)))
    points.sort()
    target_year = case['target_year'].strip()
    b, yb, t, yt, p, status, score = measure(points, int(case['base_year']),
                                            int(target_year) if target_year else None, number(case['target']),
                                            case['direction'].strip() == 'increase', number(case['limit']))
    return [case['id'], str(b), fmt(yb), str(t), fmt(yt), fmt(p), status, fmt(score), '']


def main():
    with open(os.path.join(HERE, 'cases.csv'), encoding='utf-8', newline='') as f:
        cases = list(csv.DictReader(f))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator='\n')
    writer.writerow(COLUMNS)
    for case in cases:
        writer.writerow(row_of(case))
    if '--stdout' in sys.argv:
        sys.stdout.write(out.getvalue())
    else:
        with open(os.path.join(HERE, 'cases.expected.csv'), 'w', encoding='utf-8', newline='') as f:
            f.write(out.getvalue())


if __name__ == '__main__':
    main()
