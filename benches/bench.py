#!/usr/bin/env python3
"""noticegen build benchmark: the example notices x 25 locales, plus archive and recipients.

Run from the repository root:   python3 benches/bench.py [--runs N] [--skip-typst-cli]
                                     [--binary PATH] [--source DIR]
To compare two commits on one machine: build each, then run this with `--binary` set to one,
`--against` to the other and `--source` to one checkout: the two binaries' cold builds of the
same project alternate (6 each), so the machine's drift falls on both, and the ratio is printed.

It builds the release binary, generates a project with the example notices (three letters and
the EU-template notice) in the 24 official EU languages plus English (each locale's text is the English text with a
deterministic per-locale letter substitution, so no two locales lay out the same glyphs), then
measures:
  cold build       fresh output folder, fresh process (wall time, peak RSS)
  no-op rebuild    the same command again (nothing changed)
  one-sentence     one sentence of one locale edited, then rebuilt
  archive          the cold build again with --profile archive (PDF/A-2b)
  recipients       --recipients with 250 accounts of the EU-template notice across the 25 locales
  e-mail           --recipients with --email-accounts (2,000) accounts, with and without --email:
                   each message's cost as a ratio to its letter's own build
  stages           one cold build with --jobs 1 and NOTICEGEN_LOG=debug: each stage's share of a
                   job (layout alone against the whole job)
  shards           the 250 accounts' letters as 1, 2 and 4 `--shard I/N` processes at once,
                   then `manifest merge`: wall time to the merged folder, and its speed-up
  typst-cli        `typst compile` once per emitted .typ file, 2 processes in parallel, with
                   --ignore-system-fonts and with default flags, alternating with noticegen's
                   cold build (--jobs 2) in one run (typst-cli 0.15.1 is installed with
                   `cargo install` under ~/.cache/noticegen-bench if missing)
  instructions     with --instructions (valgrind; minutes): FSN2024-1562 in every locale,
                   noticegen in one process against typst-cli once per emitted source; and the
                   marginal instructions of a recipient letter against a general pair's
Figures are medians of --runs runs. Nothing here is a test: it only reports.
"""
import argparse
import concurrent.futures
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = os.environ.get("CARGO_TARGET_DIR", os.path.join(os.path.expanduser("~"), ".cache", "noticegen-target"))
BIN = os.path.join(TARGET, "release", "noticegen")
TYPST_ROOT = os.path.join(os.path.expanduser("~"), ".cache", "noticegen-bench")
TYPST = shutil.which("typst") or os.path.join(TYPST_ROOT, "bin", "typst")

LOCALES = ["bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it",
           "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv", "nb"]
ACCENTS = "àáâãäåāăąèéêëēĕėęěìíîïĩīĭįòóôõöøōŏőùúûüũūŭůűųçćĉċčñńņňśŝşšźżž"


def vary(text, index):
    """Swap a few letters for accented ones, differently per locale, outside placeables/tags."""
    if index == 0:
        return text
    out, depth, tag = [], 0, False
    for i, c in enumerate(text):
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        elif c == "<":
            tag = True
        elif c == ">":
            tag = False
        if depth == 0 and not tag and c in "aeiou" and (i + index) % 3 == 0:
            c = ACCENTS[(ord(c) * 7 + index * 5) % len(ACCENTS)]
        out.append(c)
    return "".join(out)


def generate(project, source):
    shutil.copytree(os.path.join(source, "notices"), os.path.join(project, "notices"))
    en = os.path.join(source, "locales", "en")
    # The standard text built in for a few languages only (the layouts', the e-mail's): every
    # locale gets its own, unless the source project has its own.
    files = [(os.path.join(en, name), name) for name in os.listdir(en)]
    builtin = [(os.path.join(ROOT, "src", "layout", "text", f"{n}.en.ftl"), f"_{n}.ftl")
               for n in ("eu-commission", "fda-recall")]
    builtin.append((os.path.join(ROOT, "src", "mail", "text", "email.en.ftl"), "_email.ftl"))
    files += [(path, name) for path, name in builtin if not os.path.exists(os.path.join(en, name))]
    for index, tag in enumerate(LOCALES):
        os.makedirs(os.path.join(project, "locales", tag))
        for path, name in files:
            with open(path, encoding="utf-8") as f:
                lines = f.read().splitlines()
            varied = []
            for line in lines:
                m = re.match(r"^([a-z][\w-]*\s*=\s*)(.*)$", line)
                variant = re.match(r"^(\s*\*?\[[a-z]+\]\s*)(.*)$", line)
                if m and tag != "en":
                    line = m.group(1) + vary(m.group(2), index + 1)
                elif variant and tag != "en":
                    line = variant.group(1) + vary(variant.group(2), index + 1)
                elif line.startswith("    ") and tag != "en":
                    line = vary(line, index + 1)
                varied.append(line)
            with open(os.path.join(project, "locales", tag, name), "w", encoding="utf-8") as f:
                f.write("\n".join(varied) + "\n")


def write_recipients(path, count, locales=None):
    """`count` accounts of the EU-template notice, rotating through the locales, 1-2 devices each."""
    locales = locales or LOCALES
    products = ["miseq-dx", "nextseq-550dx", "novaseq-6000dx", "dragen-server-v4"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("account,organisation,address,contact,email,locale,product,serials,quantity\n")
        for i in range(count):
            tag = locales[i % len(locales)]
            for j in range(1 + i % 2):
                f.write(f'ACC-{i:04},Hospital {i},"Street {i}\nCity {i}",Dr {i},lab{i}@hospital{i}.example,{tag},'
                        f"{products[(i + j) % len(products)]},SN{i:04}{j},{1 + j}\n")
    return count


def timed(cmd, **kw):
    """Wall seconds and the peak RSS (MiB) of the child."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    result = subprocess.run(cmd, capture_output=True, text=True, **kw)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if result.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{result.stderr[-3000:]}")
    return wall, max(before, after) / 1024, result


def peak_rss(cmd):
    """Peak RSS of one process, measured in a fresh interpreter so earlier children don't count."""
    code = ("import resource,subprocess,sys;subprocess.run(sys.argv[1:],check=True,capture_output=True);"
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code, *cmd], capture_output=True, text=True, check=True)
    return int(out.stdout.strip()) / 1024


def ensure_typst():
    if os.path.exists(TYPST):
        return TYPST
    print("installing typst-cli 0.15.1 (cargo install, once) ...", flush=True)
    subprocess.run(["cargo", "install", "typst-cli", "--version", "0.15.1", "--locked",
                    "--root", TYPST_ROOT], check=True)
    return TYPST


def compare(binary, other, project, work, rounds=6):
    """Cold builds of two binaries, alternating (ABBA...), and the ratio of their medians."""
    walls = {binary: [], other: []}
    for i in range(rounds):
        for b in ([binary, other] if i % 2 == 0 else [other, binary]):
            out = os.path.join(work, "out-compare")
            shutil.rmtree(out, ignore_errors=True)
            walls[b].append(timed([b, "build", "--root", project, "--out", out, "--quiet"])[0])
    for b, w in walls.items():
        print(f"{b}: cold build median {statistics.median(w) * 1000:.0f} ms "
              f"(runs: {', '.join(f'{x * 1000:.0f}' for x in w)})")
    print(f"ratio {os.path.basename(binary)} / {os.path.basename(other)} = "
          f"{statistics.median(walls[binary]) / statistics.median(walls[other]):.3f}")


def emitted_sources(project, work, notice=None):
    """The Typst sources noticegen compiles, as `--emit-typst` writes them (of one notice, or all)."""
    emitted = os.path.join(work, "emitted" + (f"-{notice}" if notice else ""))
    shutil.rmtree(emitted, ignore_errors=True)
    subprocess.run([BIN, "build", "--root", project, "--out", emitted, "--emit-typst"]
                   + (["--notice", notice] if notice else []), check=True, capture_output=True)
    sources = sorted(os.path.join(d, f) for d, _, files in os.walk(emitted) for f in files
                     if f.endswith(".typ") and f != "style.typ")
    return emitted, sources


def typst_commands(typst, emitted, sources, pdf_dir, extra):
    os.makedirs(pdf_dir, exist_ok=True)
    fonts = os.path.join(emitted, "fonts")
    return [[typst, "compile", "--root", emitted, "--font-path", fonts, *extra, s,
             os.path.join(pdf_dir, os.path.basename(s)[:-4] + ".pdf")] for s in sources]


def typst_cli_bench(build, project, work, a):
    """typst-cli over noticegen's emitted sources (2 processes at a time) and noticegen's cold
    build of the same project (--jobs 2), alternating in one run so the machine's load falls
    on both."""
    typst = ensure_typst()
    emitted, sources = emitted_sources(project, work)
    out = os.path.join(work, "out-typst-compare")
    for label, extra in [("--ignore-system-fonts", ["--ignore-system-fonts"]), ("default flags", [])]:
        commands = typst_commands(typst, emitted, sources, os.path.join(work, "typst-out"), extra)
        cli, ours = [], []
        for i in range(a.runs * 2):
            for side in ([cli, ours] if i % 2 == 0 else [ours, cli]):
                start = time.perf_counter()
                if side is cli:
                    with concurrent.futures.ThreadPoolExecutor(2) as pool:
                        list(pool.map(lambda c: subprocess.run(c, check=True, capture_output=True),
                                      commands))
                else:
                    shutil.rmtree(out, ignore_errors=True)
                    subprocess.run(build[:-1] + [out, "--jobs", "2"], check=True, capture_output=True)
                side.append(time.perf_counter() - start)
        c, o = statistics.median(cli), statistics.median(ours)
        print(f"typst-cli {label:22} {len(sources)} sources, 2 processes: {c * 1000:8.0f} ms;"
              f" noticegen --jobs 2 alternating: {o * 1000:.0f} ms; ratio typst-cli / noticegen = {c / o:.2f}")


def callgrind(cmd):
    """Instructions one process executes (valgrind's callgrind): they repeat exactly on a
    loaded machine, unlike wall time. Helper threads are counted (--separate-threads=no)."""
    res = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *cmd],
                         capture_output=True, text=True)
    if res.returncode != 0:
        sys.exit(f"failed under callgrind: {' '.join(cmd)}\n{res.stderr[-2000:]}")
    return int(re.search(r"Collected : (\d+)", res.stderr).group(1))


def instruction_bench(build, project, work, csv_path, a):
    """Instruction counts: one notice in every locale, noticegen (one process, --jobs 1) against
    typst-cli (one process per emitted source); and a recipient letter's marginal cost against
    a general pair's."""
    notice = "FSN2024-1562"
    out = os.path.join(work, "out-instr")
    base = build[:-1] + [out, "--jobs", "1", "--force", "--quiet"]
    ours = callgrind(base + ["--notice", notice])
    if not a.skip_typst_cli:
        typst = ensure_typst()
        emitted, sources = emitted_sources(project, work, notice)
        commands = typst_commands(typst, emitted, sources, os.path.join(work, "typst-instr"),
                                  ["--ignore-system-fonts"])
        cli = sum(callgrind(c) for c in commands)
        print(f"instructions:      {notice} x {len(sources)} locales: noticegen {ours / 1e9:.2f} G,"
              f" typst-cli {cli / 1e9:.2f} G; ratio typst-cli / noticegen = {cli / ours:.2f}")
    eu = "FSN2024-1562-EU"
    one_pair = callgrind(base + ["--notice", eu, "--locale", "it"])
    pairs = callgrind(base + ["--notice", eu])
    few, many = os.path.join(work, "instr-1.csv"), os.path.join(work, "instr-n.csv")
    n = 20
    write_recipients(many, n, locales=["it"])
    write_recipients(few, 1, locales=["it"])
    one_letter = callgrind(base + ["--notice", eu, "--recipients", few])
    letters = callgrind(base + ["--notice", eu, "--recipients", many])
    pair = (pairs - one_pair) / (len(LOCALES) - 1)
    letter = (letters - one_letter) / (n - 1)
    print(f"instructions:      marginal cost of a general pair {pair / 1e6:.0f} M, of a recipient letter"
          f" {letter / 1e6:.0f} M ({n} accounts in `it`); ratio {letter / pair:.2f}")


def stage_shares(build, out):
    """Where a job's time goes, summed over every job of one cold build on one thread."""
    shutil.rmtree(out + "-stages", ignore_errors=True)
    res = subprocess.run(build[:-1] + [out + "-stages", "--jobs", "1"], capture_output=True, text=True,
                         env={**os.environ, "NOTICEGEN_LOG": "debug"})
    assert res.returncode == 0, res.stderr[-600:]
    totals, jobs = {}, 0
    for m in re.finditer(r": ([\d.]+) ms \((.*)\)$", res.stderr, re.M):
        jobs += 1
        totals["job"] = totals.get("job", 0) + float(m.group(1))
        for part in m.group(2).split(", "):
            name, ms = part.rsplit(" ", 1)
            totals[name] = totals.get(name, 0) + float(ms)
    job = totals.pop("job")
    print(f"stages:            {jobs} jobs, {job / jobs:.1f} ms each; layout alone (typeset) "
          f"{totals.get('typeset', 0) / job:.2f} of a job; " +
          ", ".join(f"{k} {v / job:.2f}" for k, v in sorted(totals.items(), key=lambda kv: -kv[1])))


def shard_bench(build, csv_path, out, a):
    """The recipients build split over 1, 2 and 4 processes on this machine, merged."""
    cores = os.cpu_count() or 1
    base = build[:-1] + ["--notice", "FSN2024-1562-EU", "--recipients", csv_path]
    times = {n: [] for n in (1, 2, 4)}
    for _ in range(a.runs):
        for n in times:
            parts = [f"{out}-shard{n}-{i}" for i in range(1, n + 1)]
            merged = f"{out}-merged{n}"
            for d in parts + [merged]:
                shutil.rmtree(d, ignore_errors=True)
            start = time.perf_counter()
            procs = [subprocess.Popen(base[:5] + [p] + base[5:] + ["--shard", f"{i}/{n}", "--jobs",
                                      str(max(1, cores // n))], stdout=subprocess.DEVNULL,
                                      stderr=subprocess.PIPE)
                     for i, p in enumerate(parts, 1)]
            for p in procs:
                _, err = p.communicate()
                assert p.returncode == 0, err[-600:]
            subprocess.run([BIN, "manifest", "merge", *parts, "--out", merged], check=True,
                           capture_output=True)
            times[n].append(time.perf_counter() - start)
    one = statistics.median(times[1])
    print("shards:            " + "; ".join(
        f"{n} process(es) {statistics.median(t):.1f} s (x{one / statistics.median(t):.2f})"
        for n, t in times.items()) + f" on {cores} cores, merge included")


def email_bench(build, csv_path, out, a):
    """The same accounts' letters with and without their messages, alternating."""
    accounts = write_recipients(csv_path, a.email_accounts)
    plain, emailed = [], []
    base = build[:-1] + ["--notice", "FSN2024-1562-EU", "--recipients", csv_path]
    for _ in range(a.runs):
        for walls, extra, folder in [(plain, [], "-plain"), (emailed, ["--email"], "-email")]:
            shutil.rmtree(out + folder, ignore_errors=True)
            wall, _, res = timed(base[:5] + [out + folder] + base[5:] + extra)
            assert res.returncode == 0, res.stderr[-600:]
            walls.append(wall)
    messages = sum(1 for _, _, files in os.walk(out + "-email") for f in files if f.endswith(".eml"))
    assert messages == accounts, (messages, accounts)
    p, e = statistics.median(plain), statistics.median(emailed)
    per_letter = p / accounts
    per_message = (e - p) / accounts
    print(f"e-mail:            {accounts} accounts: letters {p:.1f} s, letters + messages {e:.1f} s;"
          f" a message costs {per_message * 1000:.2f} ms, ratio to its letter {per_message / per_letter:.3f}"
          f" (runs: {', '.join(f'{x:.1f}' for x in plain)} / {', '.join(f'{x:.1f}' for x in emailed)})")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--skip-typst-cli", action="store_true")
    ap.add_argument("--binary", help="the noticegen binary to measure (default: build this checkout's)")
    ap.add_argument("--source", default=os.path.join(ROOT, "examples", "illumina"),
                    help="the project whose notices/ and locales/en/ make the benchmark's project")
    ap.add_argument("--against", help="another binary: alternate cold builds of both, print the ratio, stop")
    ap.add_argument("--instructions", action="store_true",
                    help="also count instructions with valgrind's callgrind (minutes): noticegen against "
                         "typst-cli, and a recipient letter against a general pair")
    ap.add_argument("--email-accounts", type=int, default=2000,
                    help="accounts of the e-mail benchmark (0 skips it)")
    a = ap.parse_args()

    global BIN
    if a.binary:
        BIN = os.path.abspath(a.binary)
    else:
        subprocess.run(["cargo", "build", "--release", "--locked", "--quiet"], cwd=ROOT, check=True,
                       env={**os.environ, "CARGO_TARGET_DIR": TARGET})
    work = tempfile.mkdtemp(prefix="noticegen-bench-")
    project = os.path.join(work, "project")
    generate(project, a.source)
    out = os.path.join(work, "out")
    build = [BIN, "build", "--root", project, "--out", out]
    if a.against:
        compare(BIN, os.path.abspath(a.against), project, work)
        return

    colds, noops, edits = [], [], []
    for _ in range(a.runs):
        shutil.rmtree(out, ignore_errors=True)
        wall, _, result = timed(build)
        colds.append(wall)
        noops.append(timed(build)[0])
        path = os.path.join(project, "locales", "de", "FSN2024-1562.ftl")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.replace("summary-2 = ", f"summary-2 = Edit {len(edits)}: ", 1))
        wall, _, edited = timed(build)
        edits.append(wall)
        pairs = len(LOCALES) * len([n for n in os.listdir(os.path.join(project, "notices")) if n.endswith(".yaml")])
        assert edited.stderr.splitlines()[-1].startswith(f"1 built, {pairs - 1} unchanged"), edited.stderr[-400:]
    rss = peak_rss(build[:-1] + [out + "-rss"])
    archives = []
    for _ in range(a.runs):
        shutil.rmtree(out + "-archive", ignore_errors=True)
        archives.append(timed(build[:-1] + [out + "-archive", "--profile", "archive"])[0])
    csv_path = os.path.join(work, "recipients.csv")
    accounts = write_recipients(csv_path, 250)
    letters, eu_pairs = [], []
    for _ in range(a.runs):
        shutil.rmtree(out + "-eu", ignore_errors=True)
        eu_pairs.append(timed(build[:-1] + [out + "-eu", "--notice", "FSN2024-1562-EU"])[0])
        shutil.rmtree(out + "-letters", ignore_errors=True)
        wall, _, lres = timed(build[:-1] + [out + "-letters", "--notice", "FSN2024-1562-EU", "--recipients", csv_path])
        assert lres.returncode == 0, lres.stderr[-400:]
        letters.append(wall)
    summary = result.stderr.strip().splitlines()[-1]
    pdfs = sum(1 for _, _, files in os.walk(out) for f in files if f.endswith(".pdf"))

    cold = statistics.median(colds)
    print(f"project: {pairs // len(LOCALES)} notices x {len(LOCALES)} locales; {summary}")
    print(f"PDFs written: {pdfs}")
    print(f"cold build:        {cold * 1000:8.0f} ms   (runs: {', '.join(f'{x*1000:.0f}' for x in colds)})")
    print(f"no-op rebuild:     {statistics.median(noops) * 1000:8.1f} ms")
    print(f"one-sentence edit: {statistics.median(edits) * 1000:8.0f} ms")
    print(f"peak RSS (cold):   {rss:8.0f} MiB")
    archive = statistics.median(archives)
    print(f"archive (PDF/A):   {archive * 1000:8.0f} ms   ratio archive / screen = {archive / cold:.2f}")
    letter = statistics.median(letters)
    print(f"recipients:        {letter * 1000:8.0f} ms   for {accounts} accounts x 3 PDFs"
          f" = {letter / accounts * 1000:.1f} ms per account"
          f"; the notice's {len(LOCALES)} general pairs: {statistics.median(eu_pairs) / len(LOCALES) * 1000:.1f} ms"
          f" per pair, ratio {letter / accounts / (statistics.median(eu_pairs) / len(LOCALES)):.2f};"
          f" {accounts / letter:.1f} recipients per second")

    stage_shares(build, out)
    shard_bench(build, csv_path, out, a)
    if a.email_accounts:
        email_bench(build, csv_path, out, a)

    if a.instructions:
        instruction_bench(build, project, work, csv_path, a)
    if a.skip_typst_cli:
        return
    typst_cli_bench(build, project, work, a)

if __name__ == "__main__":
    main()
