#include "audio/cuesound.h"

namespace limber {

using namespace Qt::StringLiterals;

QString cueSoundFileName(CueSound sound) {
    switch (sound) {
    case CueSound::GetReady:
        return u"get-ready.wav"_s;
    case CueSound::HoldStart:
        return u"hold-start.wav"_s;
    case CueSound::Halfway:
        return u"halfway.wav"_s;
    case CueSound::Countdown:
        return u"countdown.wav"_s;
    case CueSound::HoldEnd:
        return u"hold-end.wav"_s;
    case CueSound::Rep:
        return u"rep.wav"_s;
    case CueSound::SwitchSides:
        return u"switch-sides.wav"_s;
    case CueSound::RestOver:
        return u"rest-over.wav"_s;
    case CueSound::Complete:
        return u"complete.wav"_s;
    case CueSound::BreathIn:
        return u"breath-in.wav"_s;
    case CueSound::BreathOut:
        return u"breath-out.wav"_s;
    }
    return {};
}

} // namespace limber
