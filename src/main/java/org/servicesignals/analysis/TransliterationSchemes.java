package org.servicesignals.analysis;

import java.util.Map;

/**
 * The letter tables of {@link Transliteration}: Latin letter groups as Hinglish, Roman Urdu and
 * Tanglish writers use them (Hunterian-like chat spelling: {@code aa} long a, {@code ee} long i,
 * {@code h} after a consonant an aspirate), and the commonest words of the romanised training
 * splits with their usual native spelling, which no letter rule gets right ({@code nahi} नहीं,
 * {@code bohat} بہت, {@code romba} ரொம்ப).
 */
final class TransliterationSchemes {
  private TransliterationSchemes() {}

  static final Transliteration.Scheme DEVANAGARI = new Transliteration.Abugida(
      Map.ofEntries(
          Map.entry("hai", "है"), Map.entry("hain", "हैं"), Map.entry("h", "है"), Map.entry("nahi", "नहीं"),
          Map.entry("nhi", "नहीं"), Map.entry("nahin", "नहीं"), Map.entry("nai", "नहीं"), Map.entry("bahut", "बहुत"),
          Map.entry("bohat", "बहुत"), Map.entry("bhot", "बहुत"), Map.entry("bht", "बहुत"), Map.entry("acha", "अच्छा"),
          Map.entry("achha", "अच्छा"), Map.entry("accha", "अच्छा"), Map.entry("achhi", "अच्छी"), Map.entry("achi", "अच्छी"),
          Map.entry("acchi", "अच्छी"), Map.entry("tha", "था"), Map.entry("thi", "थी"), Map.entry("the", "थे"),
          Map.entry("mein", "में"), Map.entry("me", "में"), Map.entry("main", "मैं"), Map.entry("ke", "के"),
          Map.entry("ki", "की"), Map.entry("ka", "का"), Map.entry("ko", "को"), Map.entry("aur", "और"),
          Map.entry("bhi", "भी"), Map.entry("se", "से"), Map.entry("kya", "क्या"), Map.entry("koi", "कोई"),
          Map.entry("kuch", "कुछ"), Map.entry("theek", "ठीक"), Map.entry("thik", "ठीक"), Map.entry("bilkul", "बिलकुल"),
          Map.entry("diya", "दिया"), Map.entry("kiya", "किया"), Map.entry("gaya", "गया"), Map.entry("gayi", "गई"),
          Map.entry("raha", "रहा"), Map.entry("rahi", "रही"), Map.entry("hua", "हुआ"), Map.entry("hui", "हुई"),
          Map.entry("pe", "पे"), Map.entry("toh", "तो"), Map.entry("to", "तो"), Map.entry("ek", "एक"),
          Map.entry("yaar", "यार"), Map.entry("bhai", "भाई"), Map.entry("ji", "जी"), Map.entry("dhanyavaad", "धन्यवाद"),
          Map.entry("dhanyawad", "धन्यवाद"), Map.entry("dhanyavad", "धन्यवाद"), Map.entry("shukriya", "शुक्रिया"),
          Map.entry("bekaar", "बेकार"), Map.entry("bakwas", "बकवास"), Map.entry("service", "सर्विस"),
          Map.entry("delivery", "डिलीवरी"), Map.entry("order", "ऑर्डर"), Map.entry("thanks", "थैंक्स"),
          Map.entry("time", "टाइम"), Map.entry("customer", "कस्टमर"), Map.entry("care", "केयर"),
          Map.entry("late", "लेट"), Map.entry("best", "बेस्ट"), Map.entry("staff", "स्टाफ")),
      Map.ofEntries(
          Map.entry("cchh", "च्छ"), Map.entry("chh", "छ"), Map.entry("cch", "च्छ"), Map.entry("kh", "ख"),
          Map.entry("gh", "घ"), Map.entry("ch", "च"), Map.entry("jh", "झ"), Map.entry("th", "थ"), Map.entry("dh", "ध"),
          Map.entry("ph", "फ"), Map.entry("bh", "भ"), Map.entry("sh", "श"), Map.entry("b", "ब"), Map.entry("c", "क"),
          Map.entry("d", "द"), Map.entry("f", "फ़"), Map.entry("g", "ग"), Map.entry("h", "ह"), Map.entry("j", "ज"),
          Map.entry("k", "क"), Map.entry("l", "ल"), Map.entry("m", "म"), Map.entry("n", "न"), Map.entry("p", "प"),
          Map.entry("q", "क़"), Map.entry("r", "र"), Map.entry("s", "स"), Map.entry("t", "त"), Map.entry("v", "व"),
          Map.entry("w", "व"), Map.entry("x", "क्स"), Map.entry("y", "य"), Map.entry("z", "ज़")),
      Map.ofEntries(
          Map.entry("a", "अ"), Map.entry("aa", "आ"), Map.entry("i", "इ"), Map.entry("ee", "ई"), Map.entry("ii", "ई"),
          Map.entry("u", "उ"), Map.entry("oo", "ऊ"), Map.entry("uu", "ऊ"), Map.entry("e", "ए"), Map.entry("ai", "ऐ"),
          Map.entry("au", "औ"), Map.entry("o", "ओ"), Map.entry("ae", "ए"), Map.entry("ei", "ए")),
      Map.ofEntries(
          Map.entry("a", ""), Map.entry("aa", "ा"), Map.entry("i", "ि"), Map.entry("ee", "ी"), Map.entry("ii", "ी"),
          Map.entry("u", "ु"), Map.entry("oo", "ू"), Map.entry("uu", "ू"), Map.entry("e", "े"), Map.entry("ai", "ै"),
          Map.entry("au", "ौ"), Map.entry("o", "ो"), Map.entry("ae", "ै"), Map.entry("ei", "े")),
      "्", false, "ा", "ी", Map.of(), "ं");

  static final Transliteration.Scheme URDU = new Transliteration.Abjad(
      Map.ofEntries(
          Map.entry("hai", "ہے"), Map.entry("hain", "ہیں"), Map.entry("hy", "ہے"), Map.entry("h", "ہے"),
          Map.entry("nahi", "نہیں"), Map.entry("nhi", "نہیں"), Map.entry("nahin", "نہیں"), Map.entry("bohat", "بہت"),
          Map.entry("bahut", "بہت"), Map.entry("bht", "بہت"), Map.entry("buhat", "بہت"), Map.entry("bohot", "بہت"),
          Map.entry("acha", "اچھا"), Map.entry("achha", "اچھا"), Map.entry("accha", "اچھا"), Map.entry("achi", "اچھی"),
          Map.entry("achhi", "اچھی"), Map.entry("tha", "تھا"), Map.entry("thi", "تھی"), Map.entry("the", "تھے"),
          Map.entry("mein", "میں"), Map.entry("main", "میں"), Map.entry("me", "میں"), Map.entry("ke", "کے"),
          Map.entry("ki", "کی"), Map.entry("ka", "کا"), Map.entry("ko", "کو"), Map.entry("aur", "اور"),
          Map.entry("bhi", "بھی"), Map.entry("se", "سے"), Map.entry("kya", "کیا"), Map.entry("koi", "کوئی"),
          Map.entry("kuch", "کچھ"), Map.entry("theek", "ٹھیک"), Map.entry("thik", "ٹھیک"), Map.entry("shukriya", "شکریہ"),
          Map.entry("shukria", "شکریہ"), Map.entry("waqt", "وقت"), Map.entry("masla", "مسئلہ"), Map.entry("dafa", "دفعہ"),
          Map.entry("zaroor", "ضرور"), Map.entry("bilkul", "بالکل"), Map.entry("diya", "دیا"), Map.entry("kiya", "کیا"),
          Map.entry("gaya", "گیا"), Map.entry("gayi", "گئی"), Map.entry("raha", "رہا"), Map.entry("ho", "ہو"),
          Map.entry("hua", "ہوا"), Map.entry("pe", "پہ"), Map.entry("to", "تو"), Map.entry("toh", "تو"),
          Map.entry("ek", "ایک"), Map.entry("yaar", "یار"), Map.entry("bhai", "بھائی"), Map.entry("service", "سروس"),
          Map.entry("delivery", "ڈیلیوری"), Map.entry("order", "آرڈر"), Map.entry("time", "ٹائم"),
          Map.entry("customer", "کسٹمر"), Map.entry("bakwas", "بکواس"), Map.entry("bekar", "بیکار"),
          Map.entry("behtareen", "بہترین"), Map.entry("zabardast", "زبردست"), Map.entry("staff", "اسٹاف")),
      Map.ofEntries(
          Map.entry("cchh", "چھ"), Map.entry("chh", "چھ"), Map.entry("cch", "چھ"), Map.entry("kh", "خ"),
          Map.entry("gh", "غ"), Map.entry("ch", "چ"), Map.entry("jh", "جھ"), Map.entry("th", "تھ"), Map.entry("dh", "دھ"),
          Map.entry("ph", "پھ"), Map.entry("bh", "بھ"), Map.entry("sh", "ش"), Map.entry("bb", "ب"), Map.entry("dd", "د"),
          Map.entry("kk", "ک"), Map.entry("ll", "ل"), Map.entry("mm", "م"), Map.entry("nn", "ن"), Map.entry("pp", "پ"),
          Map.entry("ss", "س"), Map.entry("tt", "ت"), Map.entry("b", "ب"), Map.entry("c", "ک"), Map.entry("d", "د"),
          Map.entry("f", "ف"), Map.entry("g", "گ"), Map.entry("h", "ہ"), Map.entry("j", "ج"), Map.entry("k", "ک"),
          Map.entry("l", "ل"), Map.entry("m", "م"), Map.entry("n", "ن"), Map.entry("p", "پ"), Map.entry("q", "ق"),
          Map.entry("r", "ر"), Map.entry("s", "س"), Map.entry("t", "ت"), Map.entry("v", "و"), Map.entry("w", "و"),
          Map.entry("x", "کس"), Map.entry("y", "ی"), Map.entry("z", "ز")),
      Map.ofEntries(
          Map.entry("a", "ا"), Map.entry("aa", "آ"), Map.entry("i", "ا"), Map.entry("ee", "ای"), Map.entry("ii", "ای"),
          Map.entry("u", "ا"), Map.entry("oo", "او"), Map.entry("uu", "او"), Map.entry("e", "ا"), Map.entry("ai", "ا"),
          Map.entry("au", "او"), Map.entry("o", "او"), Map.entry("ae", "ا"), Map.entry("ei", "ا")),
      Map.ofEntries(
          Map.entry("a", ""), Map.entry("aa", "ا"), Map.entry("i", ""), Map.entry("ee", "ی"), Map.entry("ii", "ی"),
          Map.entry("u", ""), Map.entry("oo", "و"), Map.entry("uu", "و"), Map.entry("e", "ی"), Map.entry("ai", "ی"),
          Map.entry("au", "و"), Map.entry("o", "و"), Map.entry("ae", "ی"), Map.entry("ei", "ی")),
      Map.ofEntries(
          Map.entry("a", "ا"), Map.entry("aa", "ا"), Map.entry("i", "ی"), Map.entry("ee", "ی"), Map.entry("ii", "ی"),
          Map.entry("u", "و"), Map.entry("oo", "و"), Map.entry("uu", "و"), Map.entry("e", "ے"), Map.entry("ai", "ے"),
          Map.entry("au", "و"), Map.entry("o", "و"), Map.entry("ae", "ے"), Map.entry("ei", "ے")),
      "ں");

  static final Transliteration.Scheme TAMIL = new Transliteration.Abugida(
      Map.ofEntries(
          Map.entry("romba", "ரொம்ப"), Map.entry("rombha", "ரொம்ப"), Map.entry("nalla", "நல்ல"),
          Map.entry("nallaa", "நல்லா"), Map.entry("nalladhu", "நல்லது"), Map.entry("illa", "இல்ல"),
          Map.entry("illai", "இல்லை"), Map.entry("irundhuchu", "இருந்துச்சு"), Map.entry("vandhuchu", "வந்துச்சு"),
          Map.entry("varala", "வரல"), Map.entry("la", "ல"), Map.entry("ku", "கு"), Map.entry("nu", "னு"),
          Map.entry("dhan", "தான்"), Map.entry("than", "தான்"), Map.entry("aana", "ஆனா"), Map.entry("oru", "ஒரு"),
          Map.entry("ellam", "எல்லாம்"), Map.entry("ellaam", "எல்லாம்"), Map.entry("semma", "செம்ம"),
          Map.entry("super", "சூப்பர்"), Map.entry("service", "சர்வீஸ்"), Map.entry("nandri", "நன்றி"),
          Map.entry("kooda", "கூட"), Map.entry("innum", "இன்னும்"), Map.entry("naan", "நான்"),
          Map.entry("avanga", "அவங்க"), Map.entry("panni", "பண்ணி"), Map.entry("pannaanga", "பண்ணாங்க"),
          Map.entry("mosam", "மோசம்"), Map.entry("sari", "சரி"), Map.entry("time", "டைம்"), Map.entry("order", "ஆர்டர்"),
          Map.entry("delivery", "டெலிவரி"), Map.entry("thanks", "தேங்க்ஸ்"), Map.entry("vera", "வேற"),
          Map.entry("ah", "ஆ"), Map.entry("staff", "ஸ்டாஃப்")),
      Map.ofEntries(
          Map.entry("ndh", "ந்த"), Map.entry("nth", "ந்த"), Map.entry("ng", "ங்க"), Map.entry("nj", "ஞ"),
          Map.entry("ch", "ச"), Map.entry("sh", "ஷ"), Map.entry("zh", "ழ"), Map.entry("th", "த"), Map.entry("dh", "த"),
          Map.entry("kh", "க"), Map.entry("gh", "க"), Map.entry("ph", "ப"), Map.entry("bh", "ப"), Map.entry("nd", "ண்ட"),
          Map.entry("b", "ப"), Map.entry("c", "க"), Map.entry("d", "ட"), Map.entry("f", "ஃப"), Map.entry("g", "க"),
          Map.entry("h", "ஹ"), Map.entry("j", "ஜ"), Map.entry("k", "க"), Map.entry("l", "ல"), Map.entry("m", "ம"),
          Map.entry("n", "ன"), Map.entry("p", "ப"), Map.entry("q", "க"), Map.entry("r", "ர"), Map.entry("s", "ச"),
          Map.entry("t", "ட"), Map.entry("v", "வ"), Map.entry("w", "வ"), Map.entry("x", "க்ஸ"), Map.entry("y", "ய"),
          Map.entry("z", "ஜ")),
      Map.ofEntries(
          Map.entry("a", "அ"), Map.entry("aa", "ஆ"), Map.entry("i", "இ"), Map.entry("ee", "ஈ"), Map.entry("ii", "ஈ"),
          Map.entry("u", "உ"), Map.entry("oo", "ஊ"), Map.entry("uu", "ஊ"), Map.entry("e", "எ"), Map.entry("ae", "ஏ"),
          Map.entry("ai", "ஐ"), Map.entry("o", "ஒ"), Map.entry("au", "ஔ"), Map.entry("ei", "ஏ")),
      Map.ofEntries(
          Map.entry("a", ""), Map.entry("aa", "ா"), Map.entry("i", "ி"), Map.entry("ee", "ீ"), Map.entry("ii", "ீ"),
          Map.entry("u", "ு"), Map.entry("oo", "ூ"), Map.entry("uu", "ூ"), Map.entry("e", "ெ"), Map.entry("ae", "ே"),
          Map.entry("ai", "ை"), Map.entry("o", "ொ"), Map.entry("au", "ௌ"), Map.entry("ei", "ே")),
      "்", true, "", "ி", Map.of("n", "ந"), "");
}
