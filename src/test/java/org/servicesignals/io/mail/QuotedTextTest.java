package org.servicesignals.io.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The new part of a body, per language and per mail client. */
class QuotedTextTest {
  static void check(String body, String expected) {
    assertThat(QuotedText.newPart(body)).isEqualTo(expected);
  }

  @Test
  void emptyAndPlainBodiesStayAsTheyAre() {
    check("", "");
    check("   \n\n", "");
    check("The parcel came on time.\n\nThanks, Anna", "The parcel came on time.\n\nThanks, Anna");
  }

  @Test
  void gmailEnglishReplyHeaderAndQuoteGo() {
    check("Thanks, that sorted it.\n\nOn Wed, 4 Mar 2026 at 09:12, Kestrel Support <support@kestrel.example> wrote:\n\n"
        + "> The engineer never came and nobody called.\n> Worst service ever.\n", "Thanks, that sorted it.");
  }

  @Test
  void gmailReplyHeaderWrappedOverLinesIsOneHeader() {
    check("Thanks, that sorted it.\n\nOn Wed, 4 Mar 2026 at 09:12, Kestrel Home Support <support@kestrel.example>\n"
        + "wrote:\n\n> Nobody came.\n", "Thanks, that sorted it.");
  }

  @Test
  void theLineAboveAReplyHeaderIsNotPartOfIt() {
    // HTML mail puts the reply header right under the new text, with no empty line between them
    check("ऑर्डर देर से आया और डिब्बा टूटा हुआ था।\nसोम, 23 फ़र॰ 2026 को 10:00 am बजे Shop <s@x.example> ने लिखा:\n"
        + "> आपका ऑर्डर भेज दिया गया है।", "ऑर्डर देर से आया और डिब्बा टूटा हुआ था।");
    check("Still waiting for the refund\nOn Mon, 2 Mar 2026 at 10:15, Shop <s@x.example> wrote:\n> Sent today.",
        "Still waiting for the refund");
    check("Still waiting for the refund\n\nOn Mon, 2 Mar 2026 at 10:15, Shop <s@x.example>\nwrote:\n> Sent today.",
        "Still waiting for the refund");
  }

  @Test
  void replyHeaderWithoutQuotedLinesCutsEverythingAfterIt() {
    // a client that does not prefix the old message with '>'
    check("Fine now.\n\nOn Mon, 2 Mar 2026, Support <s@x.example> wrote:\nThe engineer will come tomorrow.\n",
        "Fine now.");
  }

  @Test
  void gmailHindiFinnishUrduTamilReplyHeaders() {
    check("धन्यवाद, काम हो गया।\n\nसोम, 2 मार्च 2026 को 4:10 pm बजे सितारा बैंक <seva@sitara.example> ने लिखा:\n\n"
        + "> आपका कार्ड भेज दिया गया है।\n", "धन्यवाद, काम हो गया।");
    check("Kiitos, nyt toimii.\n\nma 2. maalisk. 2026 klo 10.15 Tuulikki <apu@tuulikki.example> kirjoitti:\n\n"
        + "> Vika on korjattu.\n", "Kiitos, nyt toimii.");
    // Urdu headers arrive wrapped in direction marks
    check("شکریہ، پارسل مل گیا۔\n\n\u200Fنور کورئیر <madad@noor.example> نے بروز پیر، 2 مارچ، 2026 کو 3:40 PM لکھا:\u200F\n\n"
        + "> آپ کا پارسل راستے میں ہے۔\n", "شکریہ، پارسل مل گیا۔");
    check("நன்றி, இப்போது வேலை செய்கிறது.\n\nதிங்., 2 மார்., 2026, பிற்பகல் 6:05 அன்று, காவேரி <udhavi@kaveri.example> எழுதியது:\n\n"
        + "> உங்கள் புகார் பதிவு செய்யப்பட்டது.\n", "நன்றி, இப்போது வேலை செய்கிறது.");
  }

  @Test
  void appleMailEnglishAndFinnishReplyHeaders() {
    check("Brilliant, it works.\n\nSent from my iPhone\n\nOn 3 Mar 2026, at 10:02, Kestrel <s@kestrel.example> wrote:\n\n"
        + "> Dear Chloe\n", "Brilliant, it works.");
    check("Hyvä, kiitos!\n\nTuulikki <apu@tuulikki.example> kirjoitti 3.3.2026 kello 14.02:\n\n> Hyvitimme laskun.\n",
        "Hyvä, kiitos!");
  }

  @Test
  void outlookOriginalMessageInEnglishAndFinnish() {
    check("Still not arrived.\n\n-----Original Message-----\nFrom: Support <s@x.example>\nSent: Monday\n\nDispatched!\n",
        "Still not arrived.");
    check("Ei vieläkään.\n\n-----Alkuperäinen viesti-----\nLähettäjä: Tuki <t@x.example>\n\nLähetetty!\n",
        "Ei vieläkään.");
    check("अब तक नहीं आया।\n\n----- मूल संदेश -----\nपुराना संदेश\n", "अब तक नहीं आया।");
  }

  @Test
  void outlookHeaderBlocksInEnglishAndFinnishWithTheirUnderscores() {
    check("Still broken.\n\n________________________________\nFrom: Kestrel Support <s@kestrel.example>\n"
        + "Sent: Monday, March 2, 2026 9:14 AM\nTo: Sam\nSubject: RE: Part\n\nYour part is on its way!\n",
        "Still broken.");
    check("Olen todella pettynyt.\n\nTerveisin\nMarjatta\n\n________________________________\n"
        + "Lähettäjä: Tuulikki Asiakaspalvelu <asiakaspalvelu@tuulikki.example>\n"
        + "Lähetetty: maanantai 2. maaliskuuta 2026 10.15\nVastaanottaja: Marjatta\nAihe: Laskutusvirhe\n\n"
        + "Kiitos viestistä, korjaamme laskun.\n", "Olen todella pettynyt.\n\nTerveisin\nMarjatta");
    // bold labels, as Outlook's HTML becomes text
    check("No reply for a week.\n*From:* Support <s@x.example>\n*Sent:* Monday\n*Subject:* Ticket\nWe are on it.",
        "No reply for a week.");
  }

  @Test
  void aFromLineAloneIsTheSendersOwnText() {
    check("From: the shop on Main Street.\nThe staff were lovely.", "From: the shop on Main Street.\nThe staff were lovely.");
  }

  @Test
  void signaturesGo() {
    check("Everything went smoothly.\n\n-- \nAlex Morgan\nNever late, never rude\n", "Everything went smoothly.");
    check("Works now.\n--\nA.", "Works now.");
    check("Kiitos!\n\nLähetetty iPhonesta\n", "Kiitos!");
    check("Thanks!\n\nGet Outlook for Android\n", "Thanks!");
    check("Thanks!\nSent from my Galaxy\n", "Thanks!");
    check("बहुत निराशाजनक।\n\nमेरे iPhone से भेजा गया\n", "बहुत निराशाजनक।");
    check("بہت بری سروس۔\n\nمیرے iPhone سے بھیجا گیا\n", "بہت بری سروس۔");
    check("நன்றி.\n\nஎனது iPhone இலிருந்து அனுப்பப்பட்டது\n", "நன்றி.");
  }

  @Test
  void forwardWithNothingAboveItIsReadAsTheForwardedMessage() {
    check("\n---------- Forwarded message ---------\nFrom: Pekka <p@x.example>\nDate: Mon, 2 Mar 2026\n"
        + "Subject: Broken\nTo: <s@x.example>\n\nThe router has been dead for a week.\n", "The router has been dead for a week.");
    check("---------- Välitetty viesti ---------\nLähettäjä: Pekka <p@x.example>\nDate: ma 2.3.2026\n\n"
        + "Nettiyhteys on poikki.\n", "Nettiyhteys on poikki.");
    // Apple Mail quotes what it forwards
    check("Begin forwarded message:\n\n> From: Priya <p@x.example>\n> Subject: Driver\n>\n> Outstanding service!\n",
        "Outstanding service!");
    // Outlook forwards with a header block
    check("________________________________\nFrom: Priya <p@x.example>\nSent: Monday\nSubject: Driver\n\nGreat driver.\n",
        "Great driver.");
  }

  @Test
  void forwardWithTheSendersOwnWordsKeepsOnlyThem() {
    check("Can you look at this one?\n\n---------- Forwarded message ---------\nFrom: P <p@x.example>\n\nAwful.\n",
        "Can you look at this one?");
  }

  @Test
  void answersWrittenBetweenQuotedLinesStay() {
    check("On Mon, 2 Mar 2026, Support <s@x.example> wrote:\n> Did the engineer come?\nNo, nobody came.\n"
        + "> Was the part fitted?\nNo.\n", "No, nobody came.\nNo.");
  }

  @Test
  void aLineEndingInAColonIsNotAReplyHeaderWithoutADateOrAddress() {
    check("Here is what I wrote:\nthe heater is broken again.", "Here is what I wrote:\nthe heater is broken again.");
  }

  @Test
  void aReplysSubjectIsTheThreadsAndAForwardsLosesItsPrefix() {
    assertThat(QuotedText.ownSubject("Re: Refund still missing")).isEmpty();
    assertThat(QuotedText.ownSubject("RE: Fwd: Refund")).isEmpty();
    assertThat(QuotedText.ownSubject("VS: Laskutusvirhe")).isEmpty();
    assertThat(QuotedText.ownSubject("Re[2]: Refund")).isEmpty();
    assertThat(QuotedText.ownSubject("Fwd: Re: Refund still missing")).isEqualTo("Refund still missing");
    assertThat(QuotedText.ownSubject("VL: Nettiyhteys poikki")).isEqualTo("Nettiyhteys poikki");
    assertThat(QuotedText.ownSubject("Refund still missing")).isEqualTo("Refund still missing");
    assertThat(QuotedText.ownSubject("Reply times are slow")).isEqualTo("Reply times are slow");
    assertThat(QuotedText.ownSubject("")).isEmpty();
  }
}
