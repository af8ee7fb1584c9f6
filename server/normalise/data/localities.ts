/**
 * Well-known localities, suburbs and IT parks of India's big job markets → the city they belong
 * to (the city dataset's display name). Data, not code: add a row to add a locality.
 *
 * Satellite cities that are cities in their own right (Thane, Navi Mumbai, Noida, Gurugram,
 * Ghaziabad, Faridabad, Secunderabad, Howrah, Pimpri-Chinchwad) are NOT here: they stay
 * themselves. Names that are also a different city elsewhere (Dwarka in Gujarat) are only
 * listed in their unambiguous form ("Dwarka Sector"). Spelling variants people write for the same
 * place are listed with `|`.
 */
export const LOCALITIES: Readonly<Record<string, string>> = {
  Mumbai:
    'Andheri|Andheri East|Andheri West|Bandra|Bandra Kurla Complex|BKC|Borivali|Kandivali|Malad|Goregaon|Jogeshwari|Vile Parle|Santacruz|Khar|Dadar|Worli|Lower Parel|Parel|Prabhadevi|Colaba|Churchgate|Fort|Nariman Point|Marine Lines|Grant Road|Byculla|Mazgaon|Sion|Matunga|Wadala|Chembur|Kurla|Ghatkopar|Vikhroli|Kanjurmarg|Bhandup|Mulund|Powai|Saki Naka|Sakinaka|Marol|MIDC Andheri|Chandivali|Dahisar|Mira Road East|Versova|Juhu|Lokhandwala|Oshiwara|Mahim|Elphinstone|Tardeo|Breach Candy|Cuffe Parade|Masjid Bunder|Dharavi|Govandi|Mankhurd|Trombay|Deonar|Mahalaxmi|Girgaon|Kalbadevi|Bhuleshwar|Charni Road|Malabar Hill|Seepz|Goregaon East|Malad West|Kandivali East|Borivali West',
  Delhi:
    'Connaught Place|CP|Karol Bagh|Rajouri Garden|Janakpuri|Dwarka Sector|Dwarka Mor|Uttam Nagar|Tilak Nagar|Punjabi Bagh|Paschim Vihar|Pitampura|Rohini|Shalimar Bagh|Model Town|Mukherjee Nagar|Kamla Nagar|Civil Lines|Chandni Chowk|Daryaganj|Paharganj|Laxmi Nagar|Preet Vihar|Mayur Vihar|Shahdara|Dilshad Garden|Vasant Kunj|Vasant Vihar|Saket|Malviya Nagar|Hauz Khas|Green Park|Lajpat Nagar|Defence Colony|South Extension|Greater Kailash|GK|Nehru Place|Kalkaji|Okhla|Okhla Industrial Area|Jasola|Sarita Vihar|Badarpur|Mehrauli|Chhatarpur|Munirka|RK Puram|Dhaula Kuan|Naraina|Kirti Nagar|Moti Nagar|Patel Nagar|Rajendra Place|Azadpur|Narela|Bawana|Mundka|Najafgarh|Mahipalpur|Aerocity|IGI Airport|Wazirpur|Mangolpuri|Sultanpuri|Kapashera|Chanakyapuri|Jangpura|Nizamuddin|Sarojini Nagar|South Delhi|North Delhi|East Delhi|West Delhi|Central Delhi|New Delhi South|Ashok Vihar|Peeragarhi|Vikaspuri|Shakarpur|Anand Vihar|Krishna Nagar|Yamuna Vihar|Burari|Mayapuri|Kashmere Gate',
  Bengaluru:
    'Whitefield|Electronic City|Electronics City|Koramangala|Indiranagar|HSR Layout|BTM Layout|Jayanagar|JP Nagar|Banashankari|Basavanagudi|Malleshwaram|Rajajinagar|Yeshwanthpur|Peenya|Hebbal|Yelahanka|Marathahalli|Bellandur|Sarjapur|Sarjapur Road|Outer Ring Road|ORR|Mahadevapura|KR Puram|Brookefield|Kadugodi|Hoodi|Domlur|Ulsoor|MG Road|Brigade Road|Shivajinagar|Frazer Town|RT Nagar|Banaswadi|Kalyan Nagar|HBR Layout|Hennur|Thanisandra|Manyata Tech Park|Nagawara|Hosur Road|Bommanahalli|Begur|Kudlu|Bannerghatta Road|Kanakapura Road|Uttarahalli|Kengeri|Vijayanagar|Nagarbhavi|Mysore Road|Tumkur Road|Jalahalli|Vidyaranyapura|Sahakarnagar|Devanahalli|Bagmane Tech Park|Embassy Tech Village|Varthur|Kundalahalli|ITPL|CV Raman Nagar|Old Airport Road|Richmond Town|Lavelle Road|Cunningham Road|Sadashivanagar|Majestic|Chickpet|Wilson Garden|Madiwala|Silk Board|Agara|Kasavanahalli|Panathur|Devarabeesanahalli|Devarabisanahalli|Bilekahalli|Arekere|Hulimavu|Jigani|Bommasandra|Attibele|Dasarahalli|Nelamangala|Horamavu|Ramamurthy Nagar|Bengaluru Urban|Bangalore Urban|Bangalore Rural|Bengaluru Rural',
  Hyderabad:
    'Ameerpet|Kondapur|Madhapur|Gachibowli|HITEC City|Hitech City|Hi-Tech City|Kukatpally|Kukatpalli|KPHB|Miyapur|Chandanagar|Lingampally|Manikonda|Nanakramguda|Financial District|Kokapet|Narsingi|Begumpet|Banjara Hills|Jubilee Hills|Somajiguda|Panjagutta|Punjagutta|Khairatabad|Lakdikapul|Abids|Koti|Nampally|Himayatnagar|Narayanguda|Basheerbagh|Dilsukhnagar|LB Nagar|Kothapet|Uppal|Habsiguda|Tarnaka|Nacharam|Mallapur|Malkajgiri|Kompally|Bowenpally|Balanagar|Moosapet|Erragadda|SR Nagar|Yousufguda|Borabanda|Mehdipatnam|Tolichowki|Attapur|Rajendranagar|Shamshabad|Charminar|Chandrayangutta|Falaknuma|Santosh Nagar|Saidabad|Malakpet|Amberpet|Vidyanagar|Ramanthapur|Boduppal|Medipally|Ghatkesar|Pocharam|Nizampet|Bachupally|Pragathi Nagar|Shaikpet|Film Nagar|Raidurg|Serilingampally|Gopanpally|Tellapur|Patancheru|Jeedimetla|Quthbullapur|Alwal|Sainikpuri|ECIL|AS Rao Nagar|Kapra|Hayathnagar|Vanasthalipuram|Nagole|Mehdipatnam|Cyberabad|Kachiguda|Sanath Nagar|Paradise Circle',
  Chennai:
    'T Nagar|T. Nagar|Thyagaraya Nagar|Anna Nagar|Adyar|Velachery|Guindy|Tambaram|Chromepet|Pallavaram|Porur|Vadapalani|Kodambakkam|Ashok Nagar|KK Nagar|Nungambakkam|Egmore|Mylapore|Alwarpet|Teynampet|Royapettah|Triplicane|Besant Nagar|Thiruvanmiyur|Perungudi|Thoraipakkam|Sholinganallur|OMR|Old Mahabalipuram Road|ECR|Siruseri|Navalur|Kelambakkam|Ambattur|Avadi|Poonamallee|Mogappair|Koyambedu|Villivakkam|Perambur|Kolathur|Madhavaram|Red Hills|Tondiarpet|Royapuram|George Town|Parrys|Washermanpet|Tiruvottiyur|Ennore|Manali|Medavakkam|Pallikaranai|Madipakkam|Nanganallur|Saidapet|West Mambalam|Alandur|St Thomas Mount|Meenambakkam|Kilpauk|Chetpet|Aminjikarai|Arumbakkam|Valasaravakkam|Ramapuram|Manapakkam|Mount Road|Anna Salai|Taramani|Karapakkam|Padi|Irungattukottai|Sriperumbudur|Oragadam',
  Kolkata:
    'Salt Lake|Salt Lake City|Bidhannagar|Sector V|New Town|Rajarhat|Park Street|Esplanade|Dalhousie|BBD Bagh|Ballygunge|Gariahat|Tollygunge|Behala|Jadavpur|Garia|Kasba|Dum Dum|Baranagar|Shyambazar|Sealdah|Bowbazar|Burrabazar|Howrah Maidan|Alipore|Bhowanipore|Lake Town|Kankurgachi|Phoolbagan|Topsia|Tiljala|Park Circus|Entally|Beliaghata|Maniktala|Chingrighata|EM Bypass|Ultadanga|Bagbazar|Sonarpur|Narendrapur|Barasat|Madhyamgram',
  Pune:
    'Hinjewadi|Hinjawadi|Wakad|Baner|Aundh|Balewadi|Pashan|Kothrud|Karve Nagar|Warje|Shivajinagar Pune|Deccan|Camp|Koregaon Park|Kalyani Nagar|Viman Nagar|Yerwada|Kharadi|Wagholi|Hadapsar|Magarpatta|Magarpatta City|Mundhwa|Kondhwa|Wanowrie|NIBM|Undri|Katraj|Dhankawadi|Bibwewadi|Swargate|Sinhagad Road|Bavdhan|Sus|Pimple Saudagar|Pimple Saurabh|Ravet|Talawade|Chakan|Bhosari|Nigdi|Akurdi|Chinchwad MIDC|Ranjangaon|Shikrapur|Pirangut|Lohegaon|Dhanori|Vishrantwadi|Kalas|Sadashiv Peth|Narayan Peth|Kasba Peth|FC Road|JM Road|Senapati Bapat Road|SB Road|Erandwane|Prabhat Road|Fursungi|Manjri|Kesnand|Moshi',
  Ahmedabad:
    'Navrangpura|Satellite|Vastrapur|Bodakdev|Prahlad Nagar|Thaltej|SG Highway|SG Road|Sindhu Bhavan Road|Bopal|South Bopal|Ghuma|Science City|Gota|Chandkheda|Motera|Sabarmati|Ranip|Naranpura|Ellisbridge|Paldi|Vasna|Maninagar|Isanpur|Narol|Vatva|Odhav|Naroda|Bapunagar|Nikol|Vastral|Nikol Road|CG Road|Ashram Road|Shahibaug|Memnagar|Gurukul|Sola|Ambawadi|Usmanpura|Changodar|Sanand|Kalupur|Lal Darwaja|Relief Road',
  Gurugram:
    'Cyber City|DLF Cyber City|Udyog Vihar|Sohna Road|Golf Course Road|Golf Course Extension Road|MG Road Gurgaon|Sushant Lok|DLF Phase 1|DLF Phase 2|DLF Phase 3|DLF Phase 4|DLF Phase 5|Manesar|IMT Manesar|Palam Vihar|Sector 29 Gurgaon|Sector 44 Gurgaon|Sector 32 Gurgaon|Nirvana Country|South City|Badshahpur|Sohna',
  Noida:
    'Noida Sector 62|Sector 62 Noida|Sector 63 Noida|Sector 125 Noida|Sector 18 Noida|Sector 16 Noida|Sector 132 Noida|Sector 135 Noida|Sector 142 Noida|Film City Noida|Noida Expressway|Noida Extension',
  Jaipur: 'Malviya Nagar Jaipur|Vaishali Nagar|Mansarovar|C Scheme|Raja Park|Tonk Road|Sitapura|Jagatpura|Sanganer|Vidhyadhar Nagar|Bani Park|MI Road|Sodala|Jhotwara',
  Lucknow: 'Hazratganj|Gomti Nagar|Aliganj|Indira Nagar Lucknow|Alambagh|Aminabad|Chinhat|Vibhuti Khand',
  Kochi: 'Kakkanad|Infopark|Edappally|Palarivattom|Vyttila|Kaloor|Marine Drive Kochi|Fort Kochi|Aluva|Thrippunithura',
  Surat: 'Varachha|Adajan|Vesu|Athwa|Katargam|Udhna|Piplod|Ring Road Surat|Sachin GIDC|Pandesara|Hazira',
  Chandigarh: 'Sector 17 Chandigarh|Industrial Area Chandigarh|Manimajra',
  Indore: 'Vijay Nagar Indore|Palasia|Rajwada|Bhawarkua|Pithampur',
}

/** Every locality spelling → its city, flattened once. */
export function localityRows(): [locality: string, city: string][] {
  const rows: [string, string][] = []
  for (const [city, list] of Object.entries(LOCALITIES)) for (const l of list.split('|')) rows.push([l, city])
  return rows
}
