import { segmentGlued } from '../segment'
console.log(segmentGlued('LAMARTINIEREFORBOYS', new Set()), segmentGlued('CORNELLPHONETICSLAB', new Set(['cornell'])))
