<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>kerinjing</name>
    <message>
        <source>“{name}” is an old Excel file (.xls). Open it in Excel, choose File › Save As, save it as Excel Workbook (.xlsx) or CSV, and import that file.</source>
        <translation>“{name}” adalah berkas Excel lama (.xls). Buka di Excel, pilih File › Save As (Simpan Sebagai), simpan sebagai Excel Workbook (.xlsx) atau CSV, lalu impor berkas tersebut.</translation>
    </message>
    <message>
        <source>“{name}” is protected with a password. Open it in Excel, remove the password (File › Info › Protect Workbook), save it, and import it again.</source>
        <translation>“{name}” dilindungi kata sandi. Buka di Excel, hapus kata sandinya (File › Info › Protect Workbook), simpan, lalu impor lagi.</translation>
    </message>
    <message>
        <source>Row {row}: {message}</source>
        <translation>Baris {row}: {message}</translation>
    </message>
    <message>
        <source>Row {row}, column “{column}”: {message}</source>
        <translation>Baris {row}, kolom “{column}”: {message}</translation>
    </message>
    <message>
        <source>No name column found. The columns in the first row are: {columns}. The first row must hold the column names, e.g. Nama, L/P, Umur, Kelompok, No HP, separated by commas, semicolons or tabs.</source>
        <translation>Kolom nama tidak ditemukan. Kolom pada baris pertama: {columns}. Baris pertama harus berisi nama kolom, misalnya Nama, L/P, Umur, Kelompok, No HP, dipisahkan dengan koma, titik koma, atau tab.</translation>
    </message>
    <message>
        <source>“{name}” is empty</source>
        <translation>“{name}” kosong</translation>
    </message>
    <message>
        <source>“{name}” has column names but no participant rows</source>
        <translation>“{name}” berisi nama kolom tetapi tidak ada baris peserta</translation>
    </message>
    <message>
        <source>the file has no gender column (L/P or Jenis Kelamin)</source>
        <translation>berkas tidak memiliki kolom jenis kelamin (L/P atau Jenis Kelamin)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>“{path}” is a folder, not a file</source>
        <translation>“{path}” adalah folder, bukan berkas</translation>
    </message>
    <message>
        <source>File not found: {path}</source>
        <translation>Berkas tidak ditemukan: {path}</translation>
    </message>
    <message>
        <source>No permission to read “{path}”</source>
        <translation>Tidak ada izin untuk membaca “{path}”</translation>
    </message>
    <message>
        <source>Could not read “{path}”</source>
        <translation>Tidak dapat membaca “{path}”</translation>
    </message>
    <message>
        <source>“{name}” could not be read as CSV (near row {row}). Save it again from Excel or Google Sheets.</source>
        <translation>“{name}” tidak dapat dibaca sebagai CSV (sekitar baris {row}). Simpan ulang dari Excel atau Google Sheets.</translation>
    </message>
    <message>
        <source>“{name}” could not be opened as an Excel (.xlsx) file; it may be damaged. Open it in Excel or Google Sheets and save it again as .xlsx or CSV.</source>
        <translation>“{name}” tidak dapat dibuka sebagai berkas Excel (.xlsx); mungkin berkasnya rusak. Buka di Excel atau Google Sheets, lalu simpan lagi sebagai .xlsx atau CSV.</translation>
    </message>
    <message>
        <source>“{name}” has no worksheet</source>
        <translation>“{name}” tidak memiliki lembar kerja (worksheet)</translation>
    </message>
    <message>
        <source>“{value}” is not one of the groups; imported as Lainnya</source>
        <translation>“{value}” bukan salah satu kelompok; diimpor sebagai Lainnya</translation>
    </message>
</context>
</TS>
