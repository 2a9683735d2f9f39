#pragma once

// A test that switches the interface's language, as the settings do, and
// leaves it English for the next one (test_language.cpp, test_words.cpp).

#include "common/translations.h"

#include <QApplication>
#include <QLocale>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace limber::test {

class TranslatedTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_EQ(m_translations.apply(QStringLiteral("en")), QStringLiteral("en"));
    }
    void TearDown() override {
        m_translations.apply(QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    // Switches the language as the settings do, then lets the posted
    // LanguageChange events reach every widget.
    void switchTo(const QString& language) {
        ASSERT_EQ(m_translations.apply(language), language);
        QApplication::processEvents();
    }

    QTemporaryDir m_dir;
    Translations m_translations;
};

} // namespace limber::test
