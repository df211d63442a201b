<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>kerinjing</name>
    <message>
        <source>audio {codec}</source>
        <translation>audio {codec}</translation>
    </message>
    <message>
        <source>The film plays but VLC shows no picture: VLC's video output is missing on this laptop.</source>
        <translation>Film berjalan tetapi VLC tidak menampilkan gambar: keluaran video VLC tidak ada di laptop ini.</translation>
    </message>
    <message>
        <source>Debian or Ubuntu: sudo apt install vlc-plugin-video-output (or: sudo apt install vlc)</source>
        <translation>Debian atau Ubuntu: sudo apt install vlc-plugin-video-output (atau: sudo apt install vlc)</translation>
    </message>
    <message>
        <source>Windows or macOS: install VLC 3 again from videolan.org with all its parts.</source>
        <translation>Windows atau macOS: pasang ulang VLC 3 dari videolan.org dengan semua bagiannya.</translation>
    </message>
    <message>
        <source>Then start Kerinjing Desktop again.</source>
        <translation>Lalu buka Kerinjing Desktop lagi.</translation>
    </message>
    <message>
        <source>VLC on this laptop has no video output: the film would play with sound but a black picture.</source>
        <translation>VLC di laptop ini tidak punya keluaran video: film akan berbunyi tetapi gambarnya hitam.</translation>
    </message>
</context>
</TS>
