; Inno Setup script: installs the one-folder PyInstaller build (dist\kerinjing-desktop\) for
; the current user or all users on 64-bit Windows. libvlc is NOT bundled: the film step uses
; the laptop's 64-bit VLC 3, which this installer looks for and, when missing, says where to get.
; Build on Windows after `pyinstaller packaging\kerinjing-desktop.spec` (from the repo root):
;   iscc packaging\windows\kerinjing.iss      -> dist\installer\kerinjing-desktop-setup.exe

#define AppName "Kerinjing Desktop"
#define AppVersion "0.1.0"
#define VlcUrl "https://www.videolan.org/vlc/download-windows.html"

[Setup]
AppId={{6C9E0715-3367-4B4E-9A4B-6B6572696E6A}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Kerinjing
DefaultDirName={autopf}\Kerinjing Desktop
DefaultGroupName={#AppName}
PrivilegesRequiredOverridesAllowed=dialog
; 64-bit only: the bundle is built by 64-bit Python and can load only a 64-bit libvlc
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SourceDir=..\..
OutputDir=dist\installer
OutputBaseFilename=kerinjing-desktop-setup
SetupIconFile=packaging\windows\kerinjing-desktop.ico
UninstallDisplayIcon={app}\Kerinjing Desktop.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
; Indonesian is not one of Inno Setup's official translations, so a stock Inno Setup 6 has no
; Languages\Indonesian.isl: ours, written for this app from Default.isl, is next to this script.
; Should it be missing, the compiler warns and "Bahasa Indonesia" keeps its own messages below
; (the VLC notice) but shows the wizard in English.
#if FileExists(AddBackslash(SourcePath) + "Indonesian.isl")
  #define IdMessages AddBackslash(SourcePath) + "Indonesian.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Indonesian.isl")
  #define IdMessages "compiler:Languages\Indonesian.isl"
#else
  #pragma warning "Indonesian.isl not found (next to kerinjing.iss or in the compiler's Languages folder): the Indonesian wizard pages will be in English"
  #define IdMessages "compiler:Default.isl"
#endif
Name: "id"; MessagesFile: "{#IdMessages}"
Name: "en"; MessagesFile: "compiler:Default.isl"
#if IdMessages == "compiler:Default.isl"

[LangOptions]
id.LanguageName=Bahasa Indonesia
id.LanguageID=$0421
#endif

[Files]
Source: "dist\kerinjing-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\Kerinjing Desktop.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\Kerinjing Desktop.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Run]
Filename: "{app}\Kerinjing Desktop.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[CustomMessages]
id.VlcMissing=VLC 3 (64-bit) belum terpasang di laptop ini.%n%nSemua langkah lain tetap berjalan, tetapi pemutaran film memerlukan VLC 3 versi 64-bit. Unduh dari %1 (saat masih ada internet, atau salin pemasangnya dengan flashdisk), pasang, lalu buka Kerinjing Desktop lagi.%n%nLanjutkan pemasangan?
en.VlcMissing=64-bit VLC 3 is not installed on this laptop.%n%nEverything else works, but the film step needs the 64-bit VLC 3. Download it from %1 (while you have internet, or copy its installer on a USB stick), install it, then open Kerinjing Desktop again.%n%nContinue the installation?
id.VlcWrongVersion=VLC yang terpasang adalah versi %2, bukan VLC 3 (64-bit). Film memerlukan VLC 3: unduh dari %1.%n%nLanjutkan pemasangan?
en.VlcWrongVersion=The installed VLC is version %2, not VLC 3 (64-bit). The film needs VLC 3: download it from %1.%n%nContinue the installation?

[Code]
{ The 64-bit VLC writes HKLM\SOFTWARE\VideoLAN\VLC (Version, InstallDir) in the 64-bit view;
  a 32-bit VLC writes only to WOW6432Node, which the 64-bit app cannot use. }
function Vlc64Version(var Version: String): Boolean;
begin
  Version := '';
  Result := RegQueryStringValue(HKLM64, 'SOFTWARE\VideoLAN\VLC', 'Version', Version);
end;

{ Yes/No: go on installing without a usable VLC? A silent install (/SUPPRESSMSGBOXES) goes on:
  everything but the film works, and a plain MsgBox would wait for a click nobody can give. }
function ContinueWithoutVlc(const Text: String): Boolean;
begin
  Result := SuppressibleMsgBox(Text, mbConfirmation, MB_YESNO, IDYES) = IDYES;
  if Result then
    Log('VLC check: continuing without VLC 3 (64-bit)')
  else
    Log('VLC check: installation cancelled by the user');
end;

function InitializeSetup(): Boolean;
var
  Version: String;
begin
  Result := True;
  if not Vlc64Version(Version) then
  begin
    Log('VLC check: missing (no 64-bit HKLM\SOFTWARE\VideoLAN\VLC Version)');
    Result := ContinueWithoutVlc(FmtMessage(CustomMessage('VlcMissing'), ['{#VlcUrl}']));
  end
  else if Copy(Version, 1, 2) <> '3.' then
  begin
    Log('VLC check: wrong version ' + Version);
    Result := ContinueWithoutVlc(
      FmtMessage(CustomMessage('VlcWrongVersion'), ['{#VlcUrl}', Version]));
  end
  else
    Log('VLC check: found 64-bit VLC ' + Version);
end;
