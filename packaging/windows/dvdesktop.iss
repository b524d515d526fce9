; Inno Setup 6 script: the dvdesktop installer (dvdesktop-<version>-setup.exe).
;
; Built on Windows after the PyInstaller bundle (docs/packaging.md), normally by
; packaging\windows\build.cmd, which passes the version read from dvdesktop.__version__:
;
;     iscc /DAppVersion=0.1.0 packaging\windows\dvdesktop.iss
;
; Optional: /DDistDir=<folder holding dvdesktop.exe> (default ..\dist\dvdesktop),
;           /DAppVersionNumeric=0.1.0.0 (file version of setup.exe; a.b.c.d digits only),
;           /DSign  (sign setup.exe and the uninstaller with the "dvsign" tool that must be
;                    defined in the Inno IDE/ISCC with /Sdvsign=... - see docs/packaging.md).
;
; The installer is per user and needs no administrator rights: it installs into
; %LOCALAPPDATA%\Programs\dvdesktop and puts the shortcut in the user's Start menu.
;
; The unit's data (dvdesktop.db, backups, the signing key) live in a different folder,
; %LOCALAPPDATA%\dvdesktop (dvdesktop/paths.py). The installer never writes there and the
; uninstaller never deletes it: removing or upgrading the program keeps every record. There
; is deliberately no [UninstallDelete] entry for it and none may be added.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\dvdesktop.iss (build.cmd does this)
#endif
#ifndef DistDir
  #define DistDir AddBackslash(SourcePath) + "..\dist\dvdesktop"
#endif
#define AppName "dvdesktop"
#define AppExe "dvdesktop.exe"
#define RepoRoot AddBackslash(SourcePath) + "..\.."

#if !FileExists(DistDir + "\" + AppExe)
  #error No PyInstaller bundle in DistDir: run pyinstaller packaging\dvdesktop.spec first
#endif

; Inno Setup ships no official Vietnamese; the community translation
; (Files/Languages/Unofficial/Vietnamese.isl in the Inno Setup source, or
; https://jrsoftware.org/files/istrans/) is used when it is placed next to this script.
#if FileExists(AddBackslash(SourcePath) + "Vietnamese.isl")
  #define HaveVietnamese
#else
  #pragma warning "Vietnamese.isl not found next to dvdesktop.iss: the installer will be in English only"
#endif

[Setup]
; AppId identifies the program for upgrades and uninstall: never change it.
AppId={{D73976F4-0A69-4ACB-97A9-989D1CB82484}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=dvdesktop
AppComments=Ghi chép, báo cáo và gửi cấp trên kết quả công tác dân vận
#ifdef AppVersionNumeric
VersionInfoVersion={#AppVersionNumeric}
#endif
VersionInfoProductName={#AppName}
VersionInfoProductTextVersion={#AppVersion}

; Per-user install, no UAC prompt: a secretary's account is usually not an administrator.
PrivilegesRequired=lowest
; With PrivilegesRequired=lowest, {userpf} is %LOCALAPPDATA%\Programs.
DefaultDirName={userpf}\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
DisableReadyPage=no
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}

; Qt 6 needs 64-bit Windows 10 (1809) or later.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763

OutputDir={#RepoRoot}\packaging\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile={#RepoRoot}\resources\icons\dvdesktop.ico
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; Upgrading while the window is open: offer to close it (Restart Manager).
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto
#ifdef Sign
SignTool=dvsign
SignedUninstaller=yes
#endif

[Languages]
; Vietnamese first: chosen when Windows is Vietnamese, and when no language matches.
#ifdef HaveVietnamese
Name: "vi"; MessagesFile: "Vietnamese.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
#ifdef HaveVietnamese
vi.AppComment=Ghi chép, báo cáo công tác dân vận và gửi gói báo cáo lên cấp trên
#endif
en.AppComment=Record, report and send the unit's mass-mobilisation work

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole program folder's library part, so no file of an older
; version lingers. Only inside {app}; the data folder is elsewhere and never touched.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The PyInstaller one-folder bundle: dvdesktop.exe (window), dvdesktop-cli.exe (console)
; and _internal\ (Python, Qt, libraries, fonts, forms, translations, user guide).
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; [UninstallDelete] is intentionally absent: the uninstaller removes only the files it
; installed in {app}. %LOCALAPPDATA%\dvdesktop (the unit's database, backups and keys) and
; the window's settings in HKCU\Software\dvdesktop stay, so reinstalling finds everything.
