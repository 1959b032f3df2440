#!/usr/bin/env python3
"""Measures Granska's PDF/A verdicts against the veraPDF corpus (../shared/corpus/pdfa).

Runs `granska-cli check --json --profile <flavour>` on every corpus file of the chosen flavours
(each against its folder's flavour) and prints accuracy per flavour and per clause, the share of
failing files whose failed rules include the clause under test, and optionally the files it gets
wrong with the rules it reported.

  tools/pdfa-accuracy.py [--flavour 1b,2b] [--clause 6.2.4] [--wrong] [--cli build/bin/granska-cli]
  tools/pdfa-accuracy.py --write-misses tests/pdfa/known-misses.txt
"""
import argparse, collections, csv, json, os, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, '..', 'shared', 'corpus', 'pdfa')


def run(cli, flavour, paths, jobs):
    out = {}
    for i in range(0, len(paths), 200):
        chunk = paths[i:i + 200]
        proc = subprocess.run([cli, 'check', '--json', '--profile', flavour, '--jobs', str(jobs)] + chunk,
                              capture_output=True, text=True, timeout=600)
        for line in proc.stdout.splitlines():
            record = json.loads(line)
            out[record['file']] = record
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--flavour', default='1a,1b,2a,2b,2u,3b')
    ap.add_argument('--clause', default='')
    ap.add_argument('--wrong', action='store_true', help='list the files with a wrong verdict')
    ap.add_argument('--reason', action='store_true', help='list failing files missing the clause under test')
    ap.add_argument('--cli', default=os.path.join(ROOT, 'build', 'bin', 'granska-cli'))
    ap.add_argument('--jobs', type=int, default=os.cpu_count())
    ap.add_argument('--write-misses', help='write the files with a wrong verdict to this list')
    args = ap.parse_args()

    rows = list(csv.DictReader(open(os.path.join(CORPUS, 'manifest.csv'))))
    flavours = args.flavour.split(',')
    rows = [r for r in rows if r['flavour'] in flavours and r['clause'].startswith(args.clause)]
    results = {}
    for flavour in flavours:
        paths = [os.path.join(CORPUS, r['path']) for r in rows if r['flavour'] == flavour]
        results.update(run(args.cli, flavour, paths, args.jobs))

    per_flavour = collections.defaultdict(lambda: [0, 0])
    per_clause = collections.defaultdict(lambda: [0, 0])
    reason = collections.defaultdict(lambda: [0, 0])
    wrong, misses, slow = [], [], []
    for r in rows:
        record = results.get(os.path.join(CORPUS, r['path']))
        compliant = record and record['pdfa']['compliant']
        ok = record is not None and ((compliant is True) == (r['expected'] == 'pass')) and compliant is not None
        key = (r['flavour'], r['clause'] or '(TWG)')
        per_flavour[r['flavour']][0 if ok else 1] += 1
        per_clause[key][0 if ok else 1] += 1
        if record and record.get('durationMs', 0) > 2000:
            slow.append((r['path'], record['durationMs']))
        failed = [(f['clause'], f['test']) for f in (record or {}).get('pdfa', {}).get('failedRules', [])]
        if not ok:
            wrong.append((r, failed, record))
            misses.append(r['path'])
        if r['expected'] == 'fail' and r['clause']:
            test = int(r['test'].lstrip('t') or 0)
            hit = any(c == r['clause'] for c, t in failed)
            reason[r['flavour']][0 if hit else 1] += 1
            if args.reason and ok and not hit:
                print(f"  reason? {r['path']}  failed={failed}")

    print(f"{'flavour':8} {'right':>6} {'wrong':>6} {'files %':>8} {'clauses %':>9} {'reason %':>8}")
    for flavour in flavours:
        good, bad = per_flavour[flavour]
        clauses = [(g / (g + b)) for (f, c), (g, b) in per_clause.items() if f == flavour and g + b]
        rg, rb = reason[flavour]
        print(f"{flavour:8} {good:6} {bad:6} {100 * good / max(1, good + bad):8.1f} "
              f"{100 * sum(clauses) / max(1, len(clauses)):9.1f} {100 * rg / max(1, rg + rb):8.1f}")
    print()
    for (flavour, clause), (good, bad) in sorted(per_clause.items()):
        if bad:
            print(f"  {flavour} {clause:12} {good:4}/{good + bad:<4} right")
    if slow:
        print('\nslower than 2 s:', slow)
    if args.wrong:
        print()
        for r, failed, record in wrong:
            status = 'missing' if record is None else ('no verdict: ' + str(record['pdfa'].get('note'))) if record['pdfa']['compliant'] is None else ''
            print(f"{r['expected']:4} {r['flavour']} {r['path']}  {status} failed={failed}")
    if args.write_misses:
        with open(args.write_misses, 'w') as f:
            f.write('# Corpus files (../shared/corpus/pdfa) whose PDF/A verdict Granska still gets wrong.\n')
            f.write('# The corpus test requires every other file to be right and these to stay wrong:\n')
            f.write('# this list may only shrink. Regenerate with tools/pdfa-accuracy.py --write-misses.\n')
            for m in sorted(misses):
                f.write(m + '\n')


if __name__ == '__main__':
    sys.exit(main())
