#!/usr/bin/env python3
"""Fills the English catalogue: each translation is its source text, and plural forms
("%n error(s)") get a singular and a plural. Keeps what is already translated; run it after
the update_translations target."""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else 'translations/mechdock_en.ts'
tree = ET.parse(path)
filled = 0
for message in tree.getroot().iter('message'):
    source = message.find('source').text or ''
    translation = message.find('translation')
    if translation.get('type') not in ('unfinished', None) or (
            translation.get('type') is None and (translation.text or len(translation))):
        continue
    if translation.get('type') is None:
        continue
    translation.attrib.pop('type', None)
    if message.get('numerus') == 'yes':
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        singular = re.sub(r'\((?:e?s)\)', '', source)
        plural = re.sub(r'\((e?s)\)', r'\1', source)
        for form in (singular, plural):
            ET.SubElement(translation, 'numerusform').text = form
    else:
        translation.text = source
    filled += 1
body = ET.tostring(tree.getroot(), encoding='unicode')
with open(path, 'w', encoding='utf-8') as out:
    out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + '\n')
print(f'{path}: {filled} entries filled')
