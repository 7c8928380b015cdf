### E-pasts, ar kuru katram adresātam nosūta viņam sagatavotu vēstuli (`noticegen build --recipients FILE --email`):
### tā temats un teksta daļas, kas kopīgas visiem paziņojumiem (avota valoda: angļu). Paša paziņojuma
### kopsavilkums par veicamajām darbībām ir projekta ziņojums `email-summary`.
### review-status: unreviewed

## Temats
# Valodas vārds „steidzami”: temats sākas ar to.
email-urgent = STEIDZAMI
# $urgent: iepriekšējais ziņojums; $title: paziņojuma galvenais virsraksts; $notice: tā numurs.
email-subject = { $urgent }: { $title } ({ $notice })

## Teksts
# $contact, $organisation, $account: no adresātu saraksta.
email-greeting = Labdien, { $contact }!
# $notice: paziņojuma numurs.
email-intro = Pielikumā nosūtām drošības paziņojumu { $notice } organizācijai { $organisation } (klienta numurs { $account }) un Jūsu atbildes veidlapu.
# $days: atbildes termiņš dienās.
email-deadline = Lūdzu, nosūtiet aizpildīto atbildes veidlapu atpakaļ { $days ->
        [one] { $days } dienas
       *[other] { $days } dienu
    } laikā, pat ja Jums vairs nav nevienas no skartajām ierīcēm.
email-reply = Lai atbildētu, aizpildiet pievienoto veidlapu, saglabājiet to un nosūtiet atpakaļ, atbildot uz šo e-pastu.
email-attachments = Pielikumi
email-closing = Ar cieņu,
