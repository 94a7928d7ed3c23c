#!/usr/bin/env python3
"""Writes common-passwords.txt: passwords people pick most often and the patterns they build them from.

Made from well-known leaked-password rankings (typed from memory, no download), Ukrainian and Russian words in
Latin transliteration, keyboard walks on the Latin and Cyrillic layouts, and the usual decorations (years,
digit runs, '!'). The validator also strips leading/trailing digits and symbols before looking a password up,
so a base word here also rejects "Word2024!". Run: python3 generate-common-passwords.py > common-passwords.txt
"""

TOP = """123456 password 12345678 qwerty 123456789 12345 1234 111111 1234567 dragon 123123 baseball abc123 football
monkey letmein 696969 shadow master 666666 qwertyuiop 123321 mustang 1234567890 michael 654321 superman 1qaz2wsx
7777777 121212 000000 qazwsx 123qwe killer trustno1 jordan jennifer zxcvbnm asdfgh hunter buster soccer harley
batman andrew tigger sunshine iloveyou 2000 charlie robert thomas hockey ranger daniel starwars klaster 112233
george computer michelle jessica pepper 1111 zxcvbn 555555 11111111 131313 freedom 777777 pass maggie 159753
aaaaaa ginger princess joshua cheese amanda summer love ashley nicole chelsea biteme matthew access yankees
987654321 dallas austin thunder taylor matrix mobilemail mom monitor monitoring montana moon moscow welcome
welcome1 admin administrator root toor passw0rd p@ssw0rd p@ssword passwort motdepasse contrasena changeme
secret default guest login letmein1 qwerty123 qwerty1 1q2w3e4r 1q2w3e4r5t 1q2w3e4r5t6y zaq12wsx q1w2e3r4t5
q1w2e3r4 abcd1234 abc12345 a1b2c3d4 aa123456 password1 password123 123abc iloveyou1 princess1 football1
sunshine1 shadow1 master1 monkey1 dragon1 baseball1 superman1 trustno1 hello hello123 whatever nothing
samsung apple google facebook linkedin twitter instagram youtube microsoft windows linux ubuntu android iphone
mypassword mypass newpassword oldpassword temp temppass temp123 test test123 testing user user123 demo demo123
""".split()

WORDS = """password passwort parol parolь parol1 admin administrator root user guest login welcome qwerty
ukraine ukraina ukrayina kyiv kiev kyivcity lviv kharkiv kharkov odesa odessa dnipro dnepr zaporizhzhia
poltava vinnytsia chernihiv sumy rivne ternopil lutsk uzhhorod ivano frankivsk cherkasy zhytomyr kherson
mykolaiv kropyvnytskyi khmelnytskyi chernivtsi slava slavaukraini heroyamslava heroiam putinhuilo
cnap tsnap snap centre center service servis posluga poslugy derzhava gov govua diia diya dija
lyubov kohannya sonechko zaychik zaika kotyk kotik rybka lastivka solnyshko solnce natasha natalia
nataliya olena olga oksana iryna irina tetiana tatiana svitlana svetlana yulia yuliia anna hanna mariia
maria kateryna ekaterina viktoria victoria alina dasha daria nastya anastasia kristina andriy andrey
oleksandr alexander aleksandr sasha serhiy sergey dmytro dmitriy volodymyr vladimir maksym maxim ivan
mykola nikolay vitaliy pavlo pavel roman taras bohdan bogdan yurii yuri vasyl vasiliy mykhailo mikhail
petro petr ihor igor oleh oleg artem denys denis vadym vadim ruslan anton yaroslav stepan shevchenko
dynamo dynamokyiv shakhtar karpaty metalist dnipro1 zorya football futbol hockey
love lovely loveme iloveyou iloveu forever friends family mother father mama papa baby angel princess
sunshine summer winter spring autumn monday friday january december birthday happy freedom liberty
master dragon monkey shadow killer hunter ranger soldier warrior tiger lion eagle wolf bear falcon
batman superman spiderman ironman starwars matrix pokemon minecraft fortnite playstation xbox nintendo
computer internet secret private security letmein access default changeme nopassword blank system
manager office company business money dollar euro hryvnia bitcoin crypto bank finance account
qazwsx qazwsxedc zxcvbnm asdfghjkl qwertyuiop qwerty1234 azerty
""".split()

WALKS = """qwertyuiop asdfghjkl zxcvbnm qazwsxedc rfvtgbyhn 1qaz2wsx3edc 1qaz2wsx3edc4rfv qweasdzxc
qweasd zaq1xsw2cde3 1q2w3e4r5t6y7u8i 1q2w3e 1qazxsw2 qwerasdfzxcv poiuytrewq lkjhgfdsa mnbvcxz
1234qwer 1234qwerasdf qwer1234 asdf1234 zxcv1234 123qweasdzxc qwe123asd
йцукенгшщзхї фівапролджє ячсмитьбю йцукен фівапр ячсмит
""".split()

SUFFIXES = ["", "1", "12", "123", "1234", "12345", "123456", "!", "1!", "123!", "@", "#", "01", "007", "69", "777",
            "2020", "2021", "2022", "2023", "2024", "2025", "2026"]


def numeric():
    for d in "0123456789":
        for n in range(6, 17):
            yield d * n
    digits = "12345678901234567890"
    for n in range(6, 17):
        yield digits[:n]
        yield "98765432109876543210"[:n]
    for year in range(1940, 2031):
        yield f"{year}{year}"
        yield f"0101{year}"
        yield f"3112{year}"


def main():
    seen = set()
    out = []

    def add(p):
        p = p.lower()
        if p and p not in seen:
            seen.add(p)
            out.append(p)

    for p in TOP + WALKS:
        add(p)
    for w in WORDS + WALKS:
        for s in SUFFIXES:
            add(w + s)
    for w in WORDS:
        for year in range(1950, 2031):
            add(f"{w}{year}")
    for p in numeric():
        add(p)
    print("\n".join(out))


main()
