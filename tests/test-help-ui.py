#!/usr/bin/env python3
# test-help-ui.py: the manual names only buttons, labels and shortcuts the app really has.
#
# Copyright 2026 The Bounce Explainer authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A manual that says "click Try an Example" after the button was renamed sends users looking
# for something that isn't there. Every <gui> in help/C must be a label of the app (from the
# .ui files or a translatable string in the C sources, mnemonics removed) or one of the few
# labels of other programs listed below, and every <keyseq> must be an accelerator the app sets.

import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

MALLARD = '{http://projectmallard.org/1.0/}'

# Labels in other programs (mail clients, the file manager) that the manual refers to.
EXTERNAL_LABELS = {
    'Save As…', 'Download message', 'Show original', 'Open With…', 'Open With Other Application',
}

checks = 0
failures = 0


def check(ok, message):
    global checks, failures
    checks += 1
    print(('ok %d - ' if ok else 'not ok %d - ') % checks + message)
    if not ok:
        failures += 1


def normalize(label):
    label = label.replace('_', '')
    return ' '.join(label.split()).casefold()


def parse_accel(accel):
    """'<Control><Shift>c' -> (frozenset({'ctrl', 'shift'}), 'c')"""
    mods = frozenset({'control': 'ctrl', 'primary': 'ctrl'}.get(m.lower(), m.lower())
                     for m in re.findall(r'<(\w+)>', accel))
    return mods, re.sub(r'<\w+>', '', accel).strip().lower()


def c_strings(text):
    """Translatable literals, with adjacent literals joined as the compiler does."""
    text = re.sub(r'/\*.*?\*/', '', text, flags=re.S)
    for match in re.finditer(r'(?<![A-Za-z0-9_])(?:N?C?_)\s*\(((?:\s*"(?:[^"\\]|\\.)*")+)', text):
        yield ''.join(re.findall(r'"((?:[^"\\]|\\.)*)"', match.group(1)))


def main():
    source_root = sys.argv[1]
    labels = set()
    accels = set()
    for path in glob.glob(os.path.join(source_root, 'src', '**', '*.ui'), recursive=True):
        tree = ET.parse(path)
        for element in tree.iter():
            if element.get('translatable') in ('yes', 'true') and element.text:
                labels.add(normalize(element.text))
            if element.get('name') in ('accelerator', 'action-accel', 'accels', 'trigger') and element.text:
                for accel in element.text.split():
                    accels.add(parse_accel(accel))
    for path in glob.glob(os.path.join(source_root, 'src', '**', '*.c'), recursive=True):
        with open(path, encoding='utf-8', errors='replace') as f:
            text = f.read()
        for string in c_strings(text):
            labels.add(normalize(string))
        for accel in re.findall(r'"((?:<(?:Control|Primary|Ctrl|Shift|Alt)>)+[^"<>]+|F[0-9]{1,2}|Escape)"', text, re.I):
            accels.add(parse_accel(accel))
    desktop = os.path.join(source_root, 'data', 'io.github.bounceexplainer.BounceExplainer.desktop.in.in')
    with open(desktop, encoding='utf-8') as f:
        for line in f:
            if line.startswith(('Name=', 'GenericName=')):
                labels.add(normalize(line.split('=', 1)[1]))
    labels.update(normalize(label) for label in EXTERNAL_LABELS)
    check(len(labels) > 20, 'found %d labels in the app' % len(labels))

    for page in sorted(glob.glob(os.path.join(source_root, 'help', 'C', '*.page'))):
        name = os.path.basename(page)
        tree = ET.parse(page)
        for gui in tree.iter(MALLARD + 'gui'):
            text = ''.join(gui.itertext())
            check(normalize(text) in labels, '%s: <gui>%s</gui> is a label in the app' % (name, text))
        for keyseq in tree.iter(MALLARD + 'keyseq'):
            keys = [''.join(k.itertext()) for k in keyseq.iter(MALLARD + 'key')]
            names = {'esc': 'escape', '?': 'question', 'enter': 'return'}
            last = keys[-1].lower()
            wanted = (frozenset(k.lower() for k in keys[:-1]), names.get(last, last))
            check(wanted in accels, '%s: shortcut %s is an accelerator of the app'
                  % (name, '+'.join(keys)))

    print('1..%d' % checks)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
