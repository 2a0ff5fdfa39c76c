#!/usr/bin/env python3
# test-manpages.py: the manual pages render cleanly and document every option of the CLI.
#
# Copyright 2026 The Bounce Explainer authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-manpages.py MAN_DIR EXPLAIN_BOUNCE VERSION

import glob
import os
import re
import subprocess
import sys

checks = 0
failures = 0


def check(ok, message):
    global checks, failures
    checks += 1
    print(('ok %d - ' if ok else 'not ok %d - ') % checks + message)
    if not ok:
        failures += 1


def main():
    man_dir, cli, version = sys.argv[1:4]
    env = dict(os.environ, LC_ALL='C.UTF-8', MANROFFSEQ='', MANWIDTH='80')
    pages = sorted(glob.glob(os.path.join(man_dir, '*.1')))
    check(len(pages) == 2, 'a manual page for the app and for the CLI')
    for page in pages:
        name = os.path.basename(page)
        # The check Debian's lintian runs: any troff warning is a defect.
        result = subprocess.run(['man', '--warnings', '-E', 'UTF-8', '-l', '-Tutf8', '-Z', page],
                                capture_output=True, text=True, env=env)
        check(result.returncode == 0 and result.stderr.strip() == '',
              '%s renders without warnings%s' % (name, (': ' + result.stderr.strip()) if result.stderr.strip() else ''))
        with open(page, encoding='utf-8') as f:
            text = f.read()
        check(re.search(r'^\.TH \S+ 1 "[0-9-]+" "Bounce Explainer %s"' % re.escape(version), text, re.M)
              is not None, '%s names version %s' % (name, version))

    with open(os.path.join(man_dir, 'explain-bounce.1'), encoding='utf-8') as f:
        page = f.read().replace('\\-', '-')
    result = subprocess.run([cli, '--help'], capture_output=True, text=True, env=dict(os.environ, LANGUAGE='C'))
    options = sorted(set(re.findall(r'^\s+(?:-\w, )?(--[a-z][a-z-]*)', result.stdout, re.M)))
    check(result.returncode == 0 and len(options) >= 3, 'explain-bounce --help lists its options (%s)'
          % ' '.join(options))
    for option in options:
        check(option in page, 'explain-bounce.1 documents %s' % option)

    print('1..%d' % checks)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
