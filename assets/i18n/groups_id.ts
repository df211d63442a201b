<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>kerinjing</name>
    <message>
        <source>village's group</source>
        <translation>kelompok desa</translation>
    </message>
    <message>
        <source>“{value}” is kept as written and counted under Lainnya</source>
        <translation>“{value}” disimpan sesuai tulisan dan dihitung sebagai Lainnya</translation>
    </message>
    <message>
        <source>Type the group as the village calls it; it is counted under a standard group</source>
        <translation>Ketik kelompok seperti sebutan desa; kelompok itu dihitung dalam kelompok baku</translation>
    </message>
    <message>
        <source>Counted as {group} in the totals</source>
        <translation>Dihitung sebagai {group} dalam jumlah</translation>
    </message>
</context>
</TS>
