@echo off
rem Build the Windows installer: packaging\dist\dvdesktop-<version>-setup.exe
rem
rem   packaging\windows\build.cmd            from the repository root, in a normal cmd window
rem
rem Needs: Python 3.11+ x64 (py launcher), Inno Setup 6.5+ (ISCC.exe on PATH or in its
rem default folder). Steps and signing are described in docs\packaging.md.
rem Optional environment: SIGN_CMD = a signtool command line ending in the file to sign
rem ("signtool sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /a") - if set,
rem the two exe files and setup.exe are signed.
setlocal enableextensions
cd /d "%~dp0\..\.."

if not exist .venv\Scripts\python.exe (
    echo * Creating .venv ...
    py -3.11 -m venv .venv || py -3 -m venv .venv || goto :fail
)
set PY=.venv\Scripts\python.exe
echo * Installing dvdesktop and PyInstaller into .venv ...
%PY% -m pip install -q --upgrade pip || goto :fail
%PY% -m pip install -q -e .[package] || goto :fail

for /f "usebackq delims=" %%v in (`%PY% -c "import dvdesktop; print(dvdesktop.__version__)"`) do set APPVER=%%v
for /f "usebackq delims=" %%v in (`%PY% -c "import re, dvdesktop; n=[int(x) for x in re.findall(r'\d+', dvdesktop.__version__.split('+')[0])][:4]; print('.'.join(map(str, n + [0]*(4-len(n)))))"`) do set APPVERNUM=%%v
if "%APPVER%"=="" goto :fail
echo * dvdesktop %APPVER%

if not exist resources\icons\dvdesktop.ico %PY% packaging\make_icon.py || goto :fail

echo * PyInstaller (a few minutes) ...
%PY% -m PyInstaller --noconfirm --clean --distpath packaging\dist --workpath packaging\build packaging\dvdesktop.spec || goto :fail

echo * Quick check of the frozen command line ...
packaging\dist\dvdesktop\dvdesktop-cli.exe --version || goto :fail

if defined SIGN_CMD (
    echo * Signing the programs ...
    %SIGN_CMD% packaging\dist\dvdesktop\dvdesktop.exe packaging\dist\dvdesktop\dvdesktop-cli.exe || goto :fail
)

set ISCC=
for %%i in (ISCC.exe) do set ISCC=%%~$PATH:i
if "%ISCC%"=="" if exist "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" set "ISCC=%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe"
if "%ISCC%"=="" if exist "%ProgramFiles%\Inno Setup 6\ISCC.exe" set "ISCC=%ProgramFiles%\Inno Setup 6\ISCC.exe"
if "%ISCC%"=="" if exist "%LOCALAPPDATA%\Programs\Inno Setup 6\ISCC.exe" set "ISCC=%LOCALAPPDATA%\Programs\Inno Setup 6\ISCC.exe"
if "%ISCC%"=="" (
    echo Inno Setup 6 not found: install it from https://jrsoftware.org/isdl.php
    goto :fail
)

echo * Inno Setup ...
if defined SIGN_CMD (
    "%ISCC%" /DAppVersion=%APPVER% /DAppVersionNumeric=%APPVERNUM% /DSign "/Sdvsign=%SIGN_CMD% $f" packaging\windows\dvdesktop.iss || goto :fail
) else (
    "%ISCC%" /DAppVersion=%APPVER% /DAppVersionNumeric=%APPVERNUM% packaging\windows\dvdesktop.iss || goto :fail
)

echo.
echo Done: packaging\dist\dvdesktop-%APPVER%-setup.exe
exit /b 0

:fail
echo BUILD FAILED
exit /b 1
