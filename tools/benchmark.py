#!/usr/bin/env python3
"""The benchmark behind tools/benchmark.sh: one run, three tools, the same files."""
import csv, json, os, subprocess, sys, tempfile, time
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.normpath(os.path.join(ROOT, '..', 'shared', 'corpus', 'pdfa'))
JARS = ['preflight', 'pdfbox2', 'fontbox2', 'xmpbox', 'commons-logging', 'javax.activation', 'jaxb-api']


def timed(command, **kwargs):
    """Runs a command under /usr/bin/time; returns (seconds, peak RSS in MiB, completed process)."""
    with tempfile.NamedTemporaryFile('r', suffix='.time') as t:
        start = time.monotonic()
        proc = subprocess.run(['/usr/bin/time', '-f', '%M', '-o', t.name] + command, **kwargs)
        seconds = time.monotonic() - start
        peak = int(t.read().strip().splitlines()[-1]) / 1024
    return seconds, peak, proc


def main():
    flavour = sys.argv[1] if len(sys.argv) > 1 else '1b'
    rows = [r for r in csv.DictReader(open(os.path.join(CORPUS, 'manifest.csv'))) if r['flavour'] == flavour]
    files = [os.path.join(CORPUS, r['path']) for r in rows]
    expected = {os.path.join(CORPUS, r['path']): r['expected'] == 'pass' for r in rows}
    jobs = os.cpu_count()
    print(f'{len(files)} PDF/A-{flavour} files of the veraPDF corpus, {jobs} cores\n')
    results = []

    # Granska: one process, all cores.
    secs, peak, proc = timed([os.path.join(ROOT, 'build', 'bin', 'granska-cli'), 'check', '--json', '--profile', flavour,
                              '--jobs', str(jobs)] + files, capture_output=True, text=True)
    verdicts = {}
    for line in proc.stdout.splitlines():
        record = json.loads(line)
        verdicts[record['file']] = record['pdfa']['compliant']
    right = sum(1 for f in files if verdicts.get(f) is not None and verdicts[f] == expected[f])
    results.append(('granska-cli check', secs, peak, right))

    # PDFBox preflight, batch ("group") mode: one JVM for all files.
    if flavour == '1b':
        classpath = ':'.join(f'/usr/share/java/{j}.jar' for j in JARS)
        with tempfile.TemporaryDirectory() as tmp:
            listing = os.path.join(tmp, 'files.txt')
            with open(listing, 'w') as f:
                f.write('\n'.join(files) + '\n')
            secs, peak, proc = timed(['java', '-cp', classpath, 'org.apache.pdfbox.preflight.Validator_A1b', 'xml', 'group', listing],
                                     capture_output=True, text=True)
            report = listing + '.preflight.xml'
            right = 0
            if os.path.exists(report):
                by_name = {}
                for p in ET.parse(report).getroot().iter('preflight'):
                    by_name.setdefault(p.get('name'), []).append(p.findtext('isValid') == 'true')
                # Preflight names files by base name only; count a base name's verdicts in order.
                seen = {}
                for f in files:
                    name = os.path.basename(f)
                    i = seen.get(name, 0)
                    seen[name] = i + 1
                    valid = by_name.get(name, [])
                    if i < len(valid) and valid[i] == expected[f]:
                        right += 1
            results.append(('PDFBox preflight (batch)', secs, peak, right))

    # qpdf --check: structure only (no PDF/A verdict), one process per file as it is used.
    start = time.monotonic()
    peak = 0
    for f in files:
        _, p, _ = timed(['qpdf', '--check', f], capture_output=True)
        peak = max(peak, p)
    results.append(('qpdf --check (per file)', time.monotonic() - start, peak, None))

    print(f"{'tool':28} {'seconds':>8} {'files/s':>8} {'peak MiB':>9} {'verdicts right':>15}")
    for name, secs, peak, right in results:
        accuracy = '-' if right is None else f'{100 * right / len(files):.1f} %'
        print(f'{name:28} {secs:8.2f} {len(files) / secs:8.1f} {peak:9.1f} {accuracy:>15}')
    granska = results[0][1]
    for name, secs, _, _ in results[1:]:
        print(f'\ngranska-cli is {secs / granska:.1f} times as fast as {name}')


if __name__ == '__main__':
    main()
