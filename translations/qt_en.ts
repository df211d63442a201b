<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<!-- Qt's own English, with the Alt-letter the app gives Save and Close (Alt+S saves a person,
     a question; Alt+C closes the keys list and the slide editor). `tools/i18n.py compile`
     makes assets/i18n/qt_en.qm of it for Qt's QTranslator in English. -->
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
</TS>
