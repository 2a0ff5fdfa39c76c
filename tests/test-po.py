#!/usr/bin/env python3
# test-po.py: translations stay complete and well-formed.
#
# Copyright 2026 The Bounce Explainer authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A source file with translatable strings that is missing from po/POTFILES.in silently stays
# English in every language, so this scans the tree the way xgettext would and fails on any
# file that is not listed. It also extracts the template (a .ui or .c that xgettext cannot
# parse breaks the translators' tooling) and runs `msgfmt --check` on every translation.

import os
import re
import subprocess
import sys
import tempfile

# Calls that mark strings for translation in C (glib preset of meson's i18n module).
C_MARKER = re.compile(r'(?<![A-Za-z0-9_])(?:_|N_|C_|NC_|g_dgettext|g_dcgettext|g_dngettext|'
                      r'g_dpgettext2?|ngettext|dngettext)\s*\(\s*(?:"|[A-Za-z_]+\s*,)')
UI_MARKER = re.compile(r'translatable\s*=\s*"(?:yes|true|1)"')
# Data files that are always translatable by construction.
DATA_PATTERNS = [r'\.desktop\.in(\.in)?$', r'\.metainfo\.xml\.in(\.in)?$', r'\.appdata\.xml\.in(\.in)?$',
                 r'\.gschema\.xml$']

XGETTEXT_ARGS = ['--from-code=UTF-8', '--add-comments', '--keyword=_', '--keyword=N_',
                 '--keyword=C_:1c,2', '--keyword=NC_:1c,2', '--keyword=g_dcgettext:2',
                 '--keyword=g_dngettext:2,3', '--keyword=g_dpgettext2:2c,3',
                 '--keyword=ngettext:1,2']

checks = 0
failures = 0


def check(ok, message):
    global checks, failures
    checks += 1
    print(('ok %d - ' if ok else 'not ok %d - ') % checks + message)
    if not ok:
        failures += 1


def read_list(path):
    with open(path, encoding='utf-8') as f:
        return [line.strip() for line in f if line.strip() and not line.lstrip().startswith('#')]


def needs_translation(path):
    name = os.path.basename(path)
    if any(re.search(p, name) for p in DATA_PATTERNS):
        return True
    if not name.endswith(('.c', '.h', '.ui', '.blp')):
        return False
    with open(path, encoding='utf-8', errors='replace') as f:
        text = f.read()
    if name.endswith(('.c', '.h')):
        # Drop comments and the definitions of the macros themselves.
        text = re.sub(r'/\*.*?\*/', '', text, flags=re.S)
        text = re.sub(r'^\s*#\s*define\b.*$', '', text, flags=re.M)
        return C_MARKER.search(text) is not None
    if name.endswith('.blp'):
        return re.search(r'(?<![A-Za-z0-9_])_\(\s*"', text) is not None
    return UI_MARKER.search(text) is not None


def main():
    source_root = sys.argv[1]
    po_dir = os.path.join(source_root, 'po')
    potfiles = read_list(os.path.join(po_dir, 'POTFILES.in'))
    skipped = []
    if os.path.exists(os.path.join(po_dir, 'POTFILES.skip')):
        skipped = read_list(os.path.join(po_dir, 'POTFILES.skip'))

    for entry in potfiles:
        check(os.path.isfile(os.path.join(source_root, entry)), 'POTFILES.in entry %s exists' % entry)
    check(len(potfiles) == len(set(potfiles)), 'POTFILES.in has no duplicate entries')

    # Generated or test-only code is not shipped to users; everything else that is built is.
    scanned = 0
    for top in ('src', 'data'):
        for root, dirs, files in os.walk(os.path.join(source_root, top)):
            dirs[:] = sorted(d for d in dirs if d not in ('examples', 'screenshots'))
            for name in sorted(files):
                path = os.path.join(root, name)
                rel = os.path.relpath(path, source_root)
                if not needs_translation(path):
                    continue
                scanned += 1
                check(rel in potfiles or rel in skipped,
                      '%s has translatable strings and is listed in po/POTFILES.in' % rel)
    check(scanned > 0, 'found files with translatable strings (%d)' % scanned)

    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, 'test.pot')
        listed = os.path.join(tmp, 'POTFILES')
        with open(listed, 'w', encoding='utf-8') as f:
            f.write('\n'.join(e for e in potfiles if os.path.isfile(os.path.join(source_root, e))))
        result = subprocess.run(['xgettext', '--package-name=bounce-explainer', '--directory',
                                 source_root, '--files-from', listed, '--output', pot] + XGETTEXT_ARGS,
                                capture_output=True, text=True)
        check(result.returncode == 0 and 'warning' not in result.stderr,
              'xgettext extracts the template without errors or warnings' +
              ('' if result.returncode == 0 and 'warning' not in result.stderr
               else ': ' + result.stderr.strip().replace('\n', ' | ')))
        msgids = 0
        if os.path.exists(pot):
            with open(pot, encoding='utf-8') as f:
                msgids = sum(1 for line in f if line.startswith('msgid ')) - 1
        check(msgids > 0, 'the template has %d messages' % msgids)

        # Coverage against the current sources, not against the .po file's own entries: a
        # string added since the last update is untranslated even if the .po doesn't know it.
        # Reported, not enforced: a missing string falls back to English, it breaks nothing.
        for lang in sorted(f[:-3] for f in os.listdir(po_dir) if f.endswith('.po')):
            merged = os.path.join(tmp, lang + '.po')
            subprocess.run(['msgmerge', '--quiet', '--output-file', merged,
                            os.path.join(po_dir, lang + '.po'), pot], capture_output=True)
            if os.path.exists(merged):
                result = subprocess.run(['msgfmt', '--statistics', '--output-file=/dev/null', merged],
                                        capture_output=True, text=True)
                print('# %s against the current sources: %s' % (lang, result.stderr.strip()))

    linguas = read_list(os.path.join(po_dir, 'LINGUAS'))
    po_files = sorted(f[:-3] for f in os.listdir(po_dir) if f.endswith('.po'))
    check(sorted(linguas) == po_files,
          'po/LINGUAS (%s) names exactly the .po files present (%s)'
          % (' '.join(linguas) or 'none', ' '.join(po_files) or 'none'))
    check(linguas == sorted(linguas), 'po/LINGUAS is sorted')

    for lang in po_files:
        path = os.path.join(po_dir, lang + '.po')
        result = subprocess.run(['msgfmt', '--check', '--check-format', '--output-file=/dev/null', path],
                                capture_output=True, text=True)
        check(result.returncode == 0, 'msgfmt --check %s.po' % lang +
              ('' if result.returncode == 0 else ': ' + result.stderr.strip().replace('\n', ' | ')))

    # The desktop file and the metainfo are translated at build time; merge them here from
    # the sources (a build directory may hold stale merges) and look for every language.
    data_dir = os.path.join(source_root, 'data')
    desktop = os.path.join(data_dir, 'io.github.bounceexplainer.BounceExplainer.desktop.in.in')
    metainfo = os.path.join(data_dir, 'io.github.bounceexplainer.BounceExplainer.metainfo.xml.in.in')
    with tempfile.TemporaryDirectory() as tmp:
        merged_desktop = os.path.join(tmp, 'app.desktop')
        merged_metainfo = os.path.join(tmp, 'app.metainfo.xml')
        desktop_ok = subprocess.run(['msgfmt', '--desktop', '--template', desktop, '-d', po_dir,
                                     '-o', merged_desktop], capture_output=True).returncode == 0
        metainfo_ok = subprocess.run(['msgfmt', '--xml', '--template', metainfo, '-d', po_dir,
                                      '-o', merged_metainfo], capture_output=True).returncode == 0
        check(desktop_ok and metainfo_ok, 'msgfmt merges the translations into the desktop file and metainfo')
        merged_desktop_text = open(merged_desktop, encoding='utf-8').read() if desktop_ok else ''
        merged_metainfo_text = open(merged_metainfo, encoding='utf-8').read() if metainfo_ok else ''
    for lang in linguas:
        keys = [k for k in ('GenericName', 'Comment', 'Keywords')
                if re.search(r'^%s\[%s\]=' % (k, re.escape(lang)), merged_desktop_text, re.M) is None]
        check(not keys, 'desktop file is translated to %s%s' % (lang, (' (missing: %s)' % ', '.join(keys)) if keys else ''))
        missing = [tag for tag in ('summary', 'p', 'li', 'caption')
                   if re.search(r'<%s xml:lang="%s">' % (tag, re.escape(lang)), merged_metainfo_text) is None]
        check(not missing, 'metainfo is translated to %s%s' % (lang, (' (missing: %s)' % ', '.join(missing)) if missing else ''))

    print('1..%d' % checks)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
