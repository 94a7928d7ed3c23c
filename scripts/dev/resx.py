#!/usr/bin/env python3
"""Adds or updates strings in a pair of resource files (Ukrainian neutral + English).

usage: resx.py path/to/Name key "український текст" "English text" [key uk en ...]
Creates Name.resx and Name.en.resx when missing; keeps existing keys sorted.
"""
import sys, os
import xml.etree.ElementTree as ET

HEADER = '''<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
'''

def load(path):
    if not os.path.exists(path):
        return {}
    root = ET.parse(path).getroot()
    return {d.get('name'): d.find('value').text or '' for d in root.findall('data')}

def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def save(path, entries):
    with open(path, 'w', encoding='utf-8') as f:
        f.write(HEADER)
        for k in sorted(entries):
            f.write(f'  <data name="{esc(k)}" xml:space="preserve"><value>{esc(entries[k])}</value></data>\n')
        f.write('</root>\n')

def main(argv):
    base, rest = argv[0], argv[1:]
    if len(rest) % 3:
        sys.exit('arguments after the path come in threes: key uk en')
    uk, en = load(base + '.resx'), load(base + '.en.resx')
    for i in range(0, len(rest), 3):
        key, u, e = rest[i:i + 3]
        uk[key], en[key] = u, e
    save(base + '.resx', uk)
    save(base + '.en.resx', en)

if __name__ == '__main__':
    main(sys.argv[1:])
