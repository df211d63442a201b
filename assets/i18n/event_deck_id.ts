<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>kerinjing</name>
    <message>
        <source>the bundled deck as localised for this event (its village, the edits)</source>
        <translation>deck bawaan yang disesuaikan untuk acara ini (desanya, suntingannya)</translation>
    </message>
    <message>
        <source>--event goes with the bundled deck only: slides … bundled --event ID</source>
        <translation>--event hanya untuk deck bawaan: slides … bundled --event ID</translation>
    </message>
    <message>
        <source>kerinjing-desktop: note: the edit of slide “{key}” has a mistake on line {line} ({reason}); the bundled slide is used</source>
        <translation>kerinjing-desktop: catatan: suntingan slide “{key}” keliru di baris {line} ({reason}); slide bawaan yang dipakai</translation>
    </message>
    <message>
        <source>An empty slide: the bundled slide is shown.</source>
        <translation>Slide kosong: slide bawaan yang ditampilkan.</translation>
    </message>
    <message>
        <source>Change what this slide says for this event only; the bundled deck stays as it is. It is saved as you type. # title, ## subtitle, - point, &gt; key message, Catatan: the speaker notes below it.</source>
        <translation>Ubah isi slide ini untuk acara ini saja; deck bawaan tetap seperti semula. Tersimpan sambil Anda mengetik. # judul, ## subjudul, - poin, &gt; pesan kunci, Catatan: catatan pembicara di bawahnya.</translation>
    </message>
    <message>
        <source>&amp;Use the bundled slide</source>
        <translation>Pakai slide &amp;bawaan</translation>
    </message>
    <message>
        <source>Slide {n} for this event</source>
        <translation>Slide {n} untuk acara ini</translation>
    </message>
    <message>
        <source>Line {line}: {reason}. The bundled slide is shown until this is fixed.</source>
        <translation>Baris {line}: {reason}. Slide bawaan ditampilkan sampai ini diperbaiki.</translation>
    </message>
    <message>
        <source>&amp;Edit this slide…</source>
        <translation>&amp;Ubah slide ini…</translation>
    </message>
    <message>
        <source>Change the slide's text and notes for this event; the bundled deck stays as it is</source>
        <translation>Ubah teks dan catatan slide untuk acara ini; deck bawaan tetap seperti semula</translation>
    </message>
    <message>
        <source>Your text for the slide “{title}” cannot be shown (line {line}): the bundled slide is shown. Select it and press Edit to fix it.</source>
        <translation>Teks Anda untuk slide “{title}” tidak dapat ditampilkan (baris {line}): slide bawaan yang ditampilkan. Pilih slide itu lalu tekan Ubah untuk memperbaikinya.</translation>
    </message>
    <message>
        <source>This event's slides could not be read: {reason}</source>
        <translation>Slide acara ini tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <source>(bundled deck, for {village})</source>
        <translation>(deck bawaan, untuk Desa {village})</translation>
    </message>
    <message>
        <source>The slide could not be saved: {reason}</source>
        <translation>Slide tidak dapat disimpan: {reason}</translation>
    </message>
    <message>
        <source>a slide needs a # Title line</source>
        <translation>slide perlu baris # Judul</translation>
    </message>
</context>
</TS>
