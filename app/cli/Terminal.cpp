#include "Terminal.h"

#include "secrets/IdentityFile.h"

#include <QFile>

#include <cstdio>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace sharewise::cli {
namespace {

void wipe(std::string& s)
{
    volatile char* p = s.data();
    for (std::size_t i = 0; i < s.size(); ++i)
        p[i] = 0;
    s.clear();
}

crypto::SecureBytes toPassphrase(std::string& utf8)
{
    QString text = QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
    wipe(utf8);
    crypto::SecureBytes out = secrets::IdentityFile::passphrase(text);
    text.fill(QChar(u'\0'));
    return out;
}

} // namespace

std::optional<crypto::SecureBytes> readPassphrase(const QString& prompt)
{
#ifdef Q_OS_WIN
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (!_isatty(_fileno(stdin)) || !GetConsoleMode(in, &mode))
        return std::nullopt;
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    SetConsoleMode(in, mode & ~ENABLE_ECHO_INPUT);
#else
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
#endif
    std::string line;
    for (int c = std::fgetc(stdin); c != EOF && c != '\n'; c = std::fgetc(stdin)) {
        if (c != '\r')
            line.push_back(static_cast<char>(c));
    }
#ifdef Q_OS_WIN
    SetConsoleMode(in, mode);
#else
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
#endif
    std::fputs("\n", stderr);
    return toPassphrase(line);
}

std::optional<crypto::SecureBytes> readPassphraseFile(const QString& path, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return std::nullopt;
    }
    QByteArray bytes = f.read(64 * 1024);
    std::string line(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    crypto::wipe(bytes);
    const std::size_t end = line.find_first_of("\r\n");
    if (end != std::string::npos) {
        for (std::size_t i = end; i < line.size(); ++i)
            line[i] = 0; // resize() would leave the rest of the file in the buffer
        line.resize(end);
    }
    return toPassphrase(line);
}

} // namespace sharewise::cli
