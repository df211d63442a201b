<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>kerinjing</name>
    <message>
        <source>usage: </source>
        <translation>cara pakai: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumen posisi</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opsi</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>tampilkan bantuan ini lalu keluar</translation>
    </message>
    <message>
        <source>show program's version number and exit</source>
        <translation>tampilkan versi program lalu keluar</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumen %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>argumen berikut wajib diisi: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>salah satu argumen %s wajib diisi</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumen tidak dikenal: %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opsi %(option)s tidak jelas: bisa berarti %(matches)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>pilihan %(value)r tidak ada (pilih salah satu: %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>nilai %(type)s tidak sah: %(value)r</translation>
    </message>
    <message>
        <source>can't open '%(filename)s': %(error)s</source>
        <translation>'%(filename)s' tidak dapat dibuka: %(error)s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>perintah %(parser_name)r tidak dikenal (pilihan: %(choices)s)</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>perlu satu nilai</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>paling banyak satu nilai</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>perlu sedikitnya satu nilai</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>perlu %s nilai</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>perlu %s nilai</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>tidak boleh bersama argumen %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argumen %r diabaikan</translation>
    </message>
    <message>
        <source>The data folder {path} does not exist. Check its name. A new data folder: create the folder first, or let `events add`, `demo-data`, `restore` or `bundle import` make it.</source>
        <translation>Folder data {path} tidak ada. Periksa namanya. Untuk folder data baru: buat foldernya dulu, atau biarkan `events add`, `demo-data`, `restore` atau `bundle import` membuatnya.</translation>
    </message>
    <message>
        <source>--template is for Word drafts only: use a .docx file name with --out.</source>
        <translation>--template hanya untuk draf Word: pakai nama berkas .docx pada --out.</translation>
    </message>
    <message>
        <source>No film chosen yet: press “Choose the film…” (or “Use the demo clip” to try).</source>
        <translation>Belum ada film yang dipilih: tekan “Pilih film…” (atau “Pakai klip demo” untuk mencoba).</translation>
    </message>
</context>
</TS>
