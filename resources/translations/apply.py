#!/usr/bin/env python3
"""Fills a Qt .ts file with the translations of nl.py (or en: source = translation)."""
import sys
import xml.etree.ElementTree as ET
sys.path.insert(0, __import__('os').path.dirname(__file__))
from nl import NL, NUMERUS
from en import EN_SINGULAR


def english_forms(source):
    """The English singular and plural of a counted message, or None when nobody wrote them."""
    if '(s)' in source:
        return [source.replace('(s)', ''), source.replace('(s)', 's')]
    if source in EN_SINGULAR:
        return [EN_SINGULAR[source], source]
    return None


path, language = sys.argv[1], sys.argv[2]
tree = ET.parse(path)
root = tree.getroot()
root.set('language', 'nl_NL' if language == 'nl' else 'en_GB')
missing = 0
for message in root.iter('message'):
    source = message.find('source').text
    translation = message.find('translation')
    translation.attrib.pop('type', None)
    for child in list(translation):
        translation.remove(child)
    translation.text = None
    if message.get('numerus') == 'yes':
        forms = NUMERUS.get(source) if language == 'nl' else english_forms(source)
        if not forms:
            missing += 1
            translation.set('type', 'unfinished')
            continue
        for form in forms:
            ET.SubElement(translation, 'numerusform').text = form
    elif language == 'en':
        translation.text = source
    elif source in NL:
        translation.text = NL[source]
    else:
        missing += 1
        translation.set('type', 'unfinished')
tree.write(path, encoding='utf-8', xml_declaration=True)
print(f'{path}: {missing} untranslated')
