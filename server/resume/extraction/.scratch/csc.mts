import { City, Country, State } from 'country-state-city'
console.log(City.getCitiesOfCountry('KR')?.filter(c => /seoul/i.test(c.name)).map(c => c.name + '/' + c.stateCode))
console.log(City.getCitiesOfState('US','WA').filter(c => /seattle/i.test(c.name)).length, City.getCitiesOfState('US','OH').filter(c => /^columbus$/i.test(c.name)).length)
console.log(Country.getAllCountries().filter(c => /korea|united|india/i.test(c.name)).map(c => c.name + ':' + c.isoCode))
console.log(State.getStatesOfCountry('US').length, State.getStatesOfCountry('IN').slice(0,3))
