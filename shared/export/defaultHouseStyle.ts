import type { HouseStyle } from './houseStyle';

export const defaultHouseStyle: HouseStyle = {
  organisationName: 'Gemeente',
  logo: null,
  font: 'Arial',
  headingColor: '#01689B',
  accentColor: '#DCE9F2',
  footerText: '',
  referenceInHeader: true,
  pageNumbers: true,
};
