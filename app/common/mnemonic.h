#pragma once

#include <QString>

namespace limber {

// A button's or label's text as it reads on screen: the access key's "&"
// dropped and "&&" read as "&" ("Open routine &folder" → "Open routine
// folder"), for words that name the button ("press “Next step →”").
[[nodiscard]] inline QString withoutMnemonic(const QString& text) {
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (i + 1 < text.size() && text.at(i + 1) == u'&')
                ++i;
            else
                continue;
        }
        plain += text.at(i);
    }
    return plain;
}

// Text from a routine file shown on a button or check box: a "&" in it is
// a letter, never an access key ("Mat & towel").
[[nodiscard]] inline QString escapeMnemonic(QString text) {
    return text.replace(u'&', QStringLiteral("&&"));
}

} // namespace limber
